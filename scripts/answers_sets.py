"""The answers benchmark's evaluation sets, one row each (docs/benchmarks.md, "Answers").

Each set is asked about its own life (seed, start day, zone) with its own templates and day and
night phrasings; no template is in two of them (a test checks it). Adding a set is one row of
``SETS`` and one phrasings module. The sets, in the order they were written:

- ``dev`` (answers_phrases.py): written to tune the answer planner on;
- ``dev2`` (answers_phrases.py): the former held-out set, renamed when the engineer tuning the
  planner had read its phrasings; a second tuning set now, its cases as they were (the same
  seed, start day, zone, phrasings and draws);
- ``dev5`` (answers_dev5_phrases.py): the held-out set until 2026-12-04, when its failures were
  read after its final measurement; a fifth tuning set now, its cases as they were. It was written
  after dev2 without looking at what the planner parses, in a zone outside the Americas;
- ``dev3`` (answers_phrases.py): a third tuning set, written after dev5 (then held out) without
  reading it or the planner, to widen the phrasings tuned on (typed as many people type, in a
  zone outside the Americas);
- ``dev4`` (answers_dev4_phrases.py): a fourth tuning set, written the same way after dev3, in
  three voices (dictated, formal, keywords only), in a zone of the Americas;
- ``dev6`` (answers_dev6_phrases.py): the held-out set until 2026-12-04, when its failures were
  read after its measurement (accuracy 0.898); a sixth tuning set now, its cases as they were. It
  was written to replace dev5 without reading the planner, its time parser or the tuning sets'
  phrasings, in a zone outside the Americas with no clock change;
- ``dev7`` (answers_dev7_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (accuracy 0.908); a seventh tuning set now, its cases as they were. It was
  written to replace dev6 the same way, in a zone outside the Americas with no clock change;
- ``dev8`` (answers_dev8_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (accuracy 0.890); an eighth tuning set now, its cases as they were. It was
  written to replace dev7 the same way, in a zone outside the Americas with no clock change;
- ``dev9`` (answers_dev9_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (accuracy 0.886); a ninth tuning set now, its cases as they were. It was
  written to replace dev8 the same way, in a zone outside the Americas with no clock change;
- ``dev10`` (answers_dev10_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.833); a tenth tuning set now, its cases as they were.
  It was written to replace dev9 the same way, in four people's voices, in a zone outside the
  Americas that changes its clocks, starting after its change;
- ``dev11`` (answers_dev11_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.871); an eleventh tuning set now, its cases as they
  were. It was written to replace dev10 the same way, in four other people's voices, in a zone of
  the southern hemisphere outside the Americas, in its winter (between its clock changes);
- ``dev12`` (answers_dev12_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.822); a twelfth tuning set now, its cases as they
  were. It was written to replace dev11 the same way, in four more people's voices, in a zone
  outside the Americas that keeps no daylight saving time;
- ``dev13`` (answers_dev13_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.932); a thirteenth tuning set now, its cases as they
  were. It was written to replace dev12 the same way, in four other people's voices, in a zone
  outside the Americas that has kept one offset all year since 2016;
- ``dev14`` (answers_dev14_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.640); a fourteenth tuning set now, its cases as they
  were. It was written to replace dev13 the same way, in four new people's voices, in a zone
  outside the Americas, in its winter time (after its clocks went back in October);
- ``dev15`` (answers_dev15_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.913); a fifteenth tuning set now, its cases as they
  were. It was written to replace dev14 the same way, in four new people's voices, in a zone
  outside the Americas, in its winter time (between its clock changes of October and March);
- ``dev16`` (answers_dev16_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.837); a sixteenth tuning set now, its cases as they
  were. It was written to replace dev15 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev17`` (answers_dev17_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.939); a seventeenth tuning set now, its cases as they
  were. It was written to replace dev16 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev18`` (answers_dev18_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.939); an eighteenth tuning set now, its cases as they
  were. It was written to replace dev17 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev19`` (answers_dev19_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.898); a nineteenth tuning set now, its cases as they
  were. It was written to replace dev18 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev20`` (answers_dev20_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.841); a twentieth tuning set now, its cases as they
  were. It was written to replace dev19 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev21`` (answers_dev21_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.773); a twenty-first tuning set now, its cases as they
  were. It was written to replace dev20 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev22`` (answers_dev22_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.894); a twenty-second tuning set now, its cases as
  they were. It was written to replace dev21 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev23`` (answers_dev23_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.875); a twenty-third tuning set now, its cases as
  they were. It was written to replace dev22 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev24`` (answers_dev24_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.955); a twenty-fourth tuning set now, its cases as
  they were. It was written to replace dev23 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev25`` (answers_dev25_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.746); a twenty-fifth tuning set now, its cases as
  they were. It was written to replace dev24 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev26`` (answers_dev26_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.723); a twenty-sixth tuning set now, its cases as
  they were. It was written to replace dev25 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev27`` (answers_dev27_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.814); a twenty-seventh tuning set now, its cases as
  they were. It was written to replace dev26 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev28`` (answers_dev28_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (grounded accuracy 0.977); a twenty-eighth tuning set now, its cases as
  they were. It was written to replace dev27 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev29`` (answers_dev29_phrases.py): the held-out set until its failures were read on 2026-12-04
  after its measurement (overall 0.75); a twenty-ninth tuning set now, its cases as they were. It
  was written to replace dev28 the same way, in four new people's voices, in a zone outside the
  Americas that keeps one offset all year;
- ``dev30`` (answers_dev30_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.83); a thirtieth tuning set now, its cases as they
  were. It was written to replace dev29 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev31`` (answers_dev31_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.83); a thirty-first tuning set now, its cases as they
  were. It was written to replace dev30 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev32`` (answers_dev32_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.798); a thirty-second tuning set now, its cases as they
  were. It was written to replace dev31 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev33`` (answers_dev33_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.837); a thirty-third tuning set now, its cases as they
  were. It was written to replace dev32 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev34`` (answers_dev34_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.75); a thirty-fourth tuning set now, its cases as they
  were. It was written to replace dev33 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev35`` (answers_dev35_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.777); a thirty-fifth tuning set now, its cases as they
  were. It was written to replace dev34 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev36`` (answers_dev36_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.758); a thirty-sixth tuning set now, its cases as they
  were. It was written to replace dev35 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev37`` (answers_dev37_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.788); a thirty-seventh tuning set now, its cases as
  they were. It was written to replace dev36 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev38`` (answers_dev38_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.773); a thirty-eighth tuning set now, its cases as
  they were. It was written to replace dev37 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev39`` (answers_dev39_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.811); a thirty-ninth tuning set now, its cases as
  they were. It was written to replace dev38 the same way, in four new people's voices, in a zone
  outside the Americas that keeps one offset all year;
- ``dev40`` (answers_dev40_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.807); a fortieth tuning set now, its cases as they
  were. It was written to replace dev39 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev41`` (answers_dev41_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.797); a forty-first tuning set now, its cases as they
  were. It was written to replace dev40 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev42`` (answers_dev42_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.92); a forty-second tuning set now, its cases as they
  were. It was written to replace dev41 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev43`` (answers_dev43_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.851); a forty-third tuning set now, its cases as they
  were. It was written to replace dev42 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev44`` (answers_dev44_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.807); a forty-fourth tuning set now, its cases as they
  were. It was written to replace dev43 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev45`` (answers_dev45_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.826); a forty-fifth tuning set now, its cases as they
  were. It was written to replace dev44 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev46`` (answers_dev46_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.818); a forty-sixth tuning set now, its cases as they
  were. It was written to replace dev45 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev47`` (answers_dev47_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.814); a forty-seventh tuning set now, its cases as they
  were. It was written to replace dev46 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev48`` (answers_dev48_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.803); a forty-eighth tuning set now, its cases as they
  were. It was written to replace dev47 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev49`` (answers_dev49_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.773); a forty-ninth tuning set now, its cases as they
  were. It was written to replace dev48 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev50`` (answers_dev50_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.864); a fiftieth tuning set now, its cases as they
  were. It was written to replace dev49 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev51`` (answers_dev51_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.784); a fifty-first tuning set now, its cases as they
  were. It was written to replace dev50 the same way, in four new people's voices, in a zone outside
  the Americas that keeps one offset all year;
- ``dev52`` (answers_dev52_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.803); a fifty-second tuning set now, its cases as they
  were. It was written to replace dev51 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev53`` (answers_dev53_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.864); a fifty-third tuning set now, its cases as they
  were. It was written to replace dev52 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev54`` (answers_dev54_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.636); a fifty-fourth tuning set now, its cases as they
  were. It was written to replace dev53 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev55`` (answers_dev55_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.822); a fifty-fifth tuning set now, its cases as they
  were. It was written to replace dev54 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev56`` (answers_dev56_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.852); a fifty-sixth tuning set now, its cases as they
  were. It was written to replace dev55 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev57`` (answers_dev57_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.818); a fifty-seventh tuning set now, its cases as they
  were. It was written to replace dev56 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev58`` (answers_dev58_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.826); a fifty-eighth tuning set now, its cases as they
  were. It was written to replace dev57 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev59`` (answers_dev59_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.788); a fifty-ninth tuning set now, its cases as they
  were. It was written to replace dev58 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev60`` (answers_dev60_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.682); a sixtieth tuning set now, its cases as they
  were. It was written to replace dev59 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev61`` (answers_dev61_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.833); a sixty-first tuning set now, its cases as they
  were. It was written to replace dev60 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev62`` (answers_dev62_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.79); a sixty-second tuning set now, its cases as they
  were. It was written to replace dev61 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev63`` (answers_dev63_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.742); a sixty-third tuning set now, its cases as they
  were. It was written to replace dev62 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev64`` (answers_dev64_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.78); a sixty-fourth tuning set now, its cases as they
  were. It was written to replace dev63 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev65`` (answers_dev65_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.773); a sixty-fifth tuning set now, its cases as they
  were. It was written to replace dev64 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev66`` (answers_dev66_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.746); a sixty-sixth tuning set now, its cases as they
  were. It was written to replace dev65 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev67`` (answers_dev67_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.739); a sixty-seventh tuning set now, its cases as they
  were. It was written to replace dev66 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev68`` (answers_dev68_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.803); a sixty-eighth tuning set now, its cases as they
  were. It was written to replace dev67 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev69`` (answers_dev69_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.799); a sixty-ninth tuning set now, its cases as they
  were. It was written to replace dev68 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev70`` (answers_dev70_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.795); a seventieth tuning set now, its cases as they
  were. It was written to replace dev69 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev71`` (answers_dev71_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.871); a seventy-first tuning set now, its cases as they
  were. It was written to replace dev70 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev72`` (answers_dev72_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.746); a seventy-second tuning set now, its cases as they
  were. It was written to replace dev71 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev73`` (answers_dev73_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.773); a seventy-third tuning set now, its cases as they
  were. It was written to replace dev72 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev74`` (answers_dev74_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.629); a seventy-fourth tuning set now, its cases as they
  were. It was written to replace dev73 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev75`` (answers_dev75_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.625); a seventy-fifth tuning set now, its cases as they
  were. It was written to replace dev74 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev76`` (answers_dev76_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.784); a seventy-sixth tuning set now, its cases as they
  were. It was written to replace dev75 the same way, in four new people's voices, in a zone outside
  the Americas with no clock change in its days;
- ``dev77`` (answers_dev77_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.568); a seventy-seventh tuning set now, its cases as
  they were. It was written to replace dev76 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev78`` (answers_dev78_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.648); a seventy-eighth tuning set now, its cases as
  they were. It was written to replace dev77 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev79`` (answers_dev79_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.659); a seventy-ninth tuning set now, its cases as
  they were. It was written to replace dev78 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev80`` (answers_dev80_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.595); an eightieth tuning set now, its cases as
  they were. It was written to replace dev79 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev81`` (answers_dev81_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.629); an eighty-first tuning set now, its cases as
  they were. It was written to replace dev80 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev82`` (answers_dev82_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.742); an eighty-second tuning set now, its cases as
  they were. It was written to replace dev81 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev83`` (answers_dev83_phrases.py): the held-out set until its failures were read on 2026-12-05
  after its measurement (grounded accuracy 0.64); an eighty-third tuning set now, its cases as
  they were. It was written to replace dev82 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev84`` (answers_dev84_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.648); an eighty-fourth tuning set now, its cases as
  they were. It was written to replace dev83 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev85`` (answers_dev85_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.58); an eighty-fifth tuning set now, its cases as
  they were. It was written to replace dev84 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev86`` (answers_dev86_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.648); an eighty-sixth tuning set now, its cases as
  they were. It was written to replace dev85 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev87`` (answers_dev87_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.58); an eighty-seventh tuning set now, its cases as
  they were. It was written to replace dev86 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev88`` (answers_dev88_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.591); an eighty-eighth tuning set now, its cases as
  they were. It was written to replace dev87 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev89`` (answers_dev89_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.519); an eighty-ninth tuning set now, its cases as
  they were. It was written to replace dev88 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev90`` (answers_dev90_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.686); a ninetieth tuning set now, its cases as
  they were. It was written to replace dev89 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev91`` (answers_dev91_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.689); a ninety-first tuning set now, its cases as
  they were. It was written to replace dev90 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev92`` (answers_dev92_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.629); a ninety-second tuning set now, its cases as
  they were. It was written to replace dev91 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev93`` (answers_dev93_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.621); a ninety-third tuning set now, its cases as
  they were. It was written to replace dev92 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev94`` (answers_dev94_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.61); a ninety-fourth tuning set now, its cases as
  they were. It was written to replace dev93 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev95`` (answers_dev95_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.629); a ninety-fifth tuning set now, its cases as
  they were. It was written to replace dev94 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev96`` (answers_dev96_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.602); a ninety-sixth tuning set now, its cases as
  they were. It was written to replace dev95 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev97`` (answers_dev97_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.655); a ninety-seventh tuning set now, its cases as
  they were. It was written to replace dev96 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev98`` (answers_dev98_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.625); a ninety-eighth tuning set now, its cases as
  they were. It was written to replace dev97 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev99`` (answers_dev99_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.633); a ninety-ninth tuning set now, its cases as
  they were. It was written to replace dev98 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev100`` (answers_dev100_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.64); a one hundredth tuning set now, its cases as
  they were. It was written to replace dev99 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev101`` (answers_dev101_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.667); a one hundred and first tuning set now, its cases
  as they were. It was written to replace dev100 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev102`` (answers_dev102_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.606); a one hundred and second tuning set now, its cases
  as they were. It was written to replace dev101 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev103`` (answers_dev103_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.644); a one hundred and third tuning set now, its cases
  as they were. It was written to replace dev102 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev104`` (answers_dev104_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.631); a one hundred and fourth tuning set now, its cases
  as they were. It was written to replace dev103 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev105`` (answers_dev105_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.576); a one hundred and fifth tuning set now, its cases
  as they were. It was written to replace dev104 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev106`` (answers_dev106_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.625); a one hundred and sixth tuning set now, its cases
  as they were. It was written to replace dev105 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev107`` (answers_dev107_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.534); a one hundred and seventh tuning set now, its cases
  as they were. It was written to replace dev106 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev108`` (answers_dev108_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.506); a one hundred and eighth tuning set now, its cases
  as they were. It was written to replace dev107 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev109`` (answers_dev109_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.473); a one hundred and ninth tuning set now, its cases
  as they were. It was written to replace dev108 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev110`` (answers_dev110_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.436); a one hundred and tenth tuning set now, its cases
  as they were. It was written to replace dev109 the same way, in four new people's voices, in a zone
  outside the Americas with no clock change in its days;
- ``dev111`` (answers_dev111_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.538); a one hundred and eleventh tuning set now, its
  cases as they were. It was written to replace dev110 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev112`` (answers_dev112_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.606); a one hundred and twelfth tuning set now, its
  cases as they were. It was written to replace dev111 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev113`` (answers_dev113_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.629); a one hundred and thirteenth tuning set now, its
  cases as they were. It was written to replace dev112 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev114`` (answers_dev114_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.523); a one hundred and fourteenth tuning set now, its
  cases as they were. It was written to replace dev113 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev115`` (answers_dev115_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.557); a one hundred and fifteenth tuning set now, its
  cases as they were. It was written to replace dev114 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev116`` (answers_dev116_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.392); a one hundred and sixteenth tuning set now, its
  cases as they were. It was written to replace dev115 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev117`` (answers_dev117_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.314); a one hundred and seventeenth tuning set now, its
  cases as they were. It was written to replace dev116 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev118`` (answers_dev118_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.402); a one hundred and eighteenth tuning set now, its
  cases as they were. It was written to replace dev117 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev119`` (answers_dev119_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.585); a one hundred and nineteenth tuning set now, its
  cases as they were. It was written to replace dev118 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev120`` (answers_dev120_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.356); a one hundred and twentieth tuning set now, its
  cases as they were. It was written to replace dev119 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev121`` (answers_dev121_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.568); a one hundred and twenty-first tuning set now, its
  cases as they were. It was written to replace dev120 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev122`` (answers_dev122_phrases.py): the held-out set until its failures were read on 2026-12-06
  after its measurement (grounded accuracy 0.568); a one hundred and twenty-second tuning set now, its
  cases as they were. It was written to replace dev121 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev123`` (answers_dev123_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.5); a one hundred and twenty-third tuning set now, its
  cases as they were. It was written to replace dev122 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev124`` (answers_dev124_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.485); a one hundred and twenty-fourth tuning set now, its
  cases as they were. It was written to replace dev123 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev125`` (answers_dev125_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.492); a one hundred and twenty-fifth tuning set now, its
  cases as they were. It was written to replace dev124 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev126`` (answers_dev126_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.379); a one hundred and twenty-sixth tuning set now, its
  cases as they were. It was written to replace dev125 the same way, in four new people's voices, in a
  zone outside the Americas with no clock change in its days;
- ``dev127`` (answers_dev127_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.473); a one hundred and twenty-seventh tuning set now, its
  cases as they were. It was written to replace dev126 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``dev128`` (answers_dev128_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.545); a one hundred and twenty-eighth tuning set now, its
  cases as they were. It was written to replace dev127 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``dev129`` (answers_dev129_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.489; 0.564 once more before it was read); a one hundred and
  twenty-ninth tuning set now, its cases as they were. It was written to replace dev128 the same way, in
  four new people's voices, in a zone with no clock change in its days;
- ``dev130`` (answers_dev130_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.356); a one hundred and thirtieth tuning set now, its
  cases as they were. It was written to replace dev129 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``dev131`` (answers_dev131_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.542); a one hundred and thirty-first tuning set now, its
  cases as they were. It was written to replace dev130 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``dev132`` (answers_dev132_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.72); a one hundred and thirty-second tuning set now, its
  cases as they were. It was written to replace dev131 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``dev133`` (answers_dev133_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.591); a one hundred and thirty-third tuning set now, its
  cases as they were. It was written to replace dev132 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``dev134`` (answers_dev134_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.641); a one hundred and thirty-fourth tuning set now, its
  cases as they were. It was written to replace dev133 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``dev135`` (answers_dev135_phrases.py): the held-out set until its failures were read on 2026-12-07
  after its measurement (grounded accuracy 0.511); a one hundred and thirty-fifth tuning set now, its
  cases as they were. It was written to replace dev134 the same way, in four new people's voices, in a
  zone with no clock change in its days;
- ``heldout`` (answers_heldout_phrases.py, not to be read while tuning the planner): written on
  2026-12-07 to replace dev135, the same way, in four new people's voices, in a zone with no clock
  change in its days.

Every life starts on a Monday, in its own zone, with no clock change inside its 14 days (dev5 runs
from May into June; dev4 starts after the US clock change of March 12; dev10 starts the day after
the UK one of 25 March; dev11 runs in June, between Auckland's changes of April and September; dev14
runs in November and December, between Madrid's changes of October and March; dev15 runs in January,
between Dublin's changes of October and March; dev52 runs in March, before Malta's change of the
25th; dev53 runs in April, between Nicosia's changes of March and October; dev54 runs in May, in
Fiji, which has kept no summer time since 2021 and kept it only between October and March before;
dev55 runs from May into June, in The Gambia, which keeps Greenwich Mean Time all year; dev56
runs from June into July, in Sierra Leone, which keeps Greenwich Mean Time all year too; dev57
runs from July into August, in Vanuatu, which keeps UTC+11 all year, with no summer time; dev58
runs from August into September, in Kiribati's Gilbert Islands, which keep UTC+12 all year, with no
summer time; dev59 runs from September into October, in Denmark, on its summer time, between its
changes of 25 March and 28 October; dev60 runs in November, in the Netherlands, on its winter time,
after its change of 28 October and long before March's; dev61 runs in December, in Sweden, on its
winter time, after its change of 28 October and long before March's; dev62 runs from December
2035 into January 2036, in Israel, on its winter time, after its change of 28 October and
long before March's; dev63 runs from January into February 2036, in Finland, on its
winter time, after its change of 28 October 2035 and long before March's; dev64 runs in
February 2036, in Poland, on its winter time, after its change of 28 October 2035 and well before
March's of the 30th; dev65 runs in March 2036, in Czechia, on its winter time, after its
change of 28 October 2035 and before March's of the 30th; dev66 runs in March 2036, in
Romania, on its winter time, after its change of 28 October 2035 and before March's of the 30th; dev67
runs from February into March 2036, in Croatia, on its winter time, after its change of
28 October 2035 and before March's of the 30th; dev68 runs from February into March
2036, in Hungary, on its winter time, after its change of 28 October 2035 and before March's of
the 30th; dev69 runs in February 2036, in Slovakia, on its winter time, after its change
of 28 October 2035 and well before March's of the 30th; dev70 runs in January 2036, in
Iceland, which keeps Greenwich Mean Time all year, with no summer time; dev71 runs from
January into February 2036, in Norway, on its winter time, after its change of 28 October 2035 and
well before March's of the 30th; dev72 runs in January 2036, in
Andorra, on its winter time, after its change of 28 October 2035 and
well before March's of the 30th; dev73 runs in April 2036, in Luxembourg, on its summer
time, after its change of 30 March and long before October's of the 26th; dev74 runs in
April 2036, in Estonia, on its summer time, after its change of 30 March and long before October's
of the 26th; dev75 runs from April into May 2036, in Albania, on its summer time, after
its change of 30 March and long before October's of the 26th; dev76 runs from April into
May 2036, in Slovenia, on its summer time, after its change of 30 March and long before October's
of the 26th; dev77 runs in May 2036, in Latvia, on its summer time, after its change of
30 March and long before October's of the 26th; dev78 runs in May 2036, in Bulgaria, on
its summer time, after its change of 30 March and long before October's of the 26th; dev79
runs from May into June 2036, in Lithuania, on its summer time, after its change of 30 March and long
before October's of the 26th; dev80 runs from May into June 2036, in Ukraine, on its summer
time, after its change of 30 March and long before October's of the 26th; dev81 runs in June
2036, in Serbia, on its summer time, after its change of 30 March and long before October's of the 26th;
dev85 runs from June into July 2036, in France, on its summer time, after its change of 30
March and long before October's of the 26th;
Singapore, Kolkata, Tokyo, Nairobi, Perth, Istanbul, Lagos, Dubai, Johannesburg, Kuala Lumpur,
Jakarta, Dhaka, Karachi, Hong Kong, Accra, Ho Chi Minh City, Colombo, Riyadh, Kathmandu, Seoul,
Bangkok, Addis Ababa, Tashkent, Tbilisi, Yerevan, Almaty, Dar es Salaam, Tehran, Baku, Kampala, Port
Moresby, Ulaanbaatar, Lusaka, Harare, Gaborone, Mauritius, Kigali, Mogadishu, Maseru, Apia,
Nuku'alofa, Dili and Rarotonga, where dev82 runs in June 2036, and Antananarivo, where dev83 runs from June
into July 2036, and Kinshasa, where dev84 runs from June into July 2036, and Yangon, where dev86
runs in July 2036, and Niamey, where dev87 runs in July 2036, and Phnom Penh, where dev88
runs from July into August 2036, and Bamako, where dev89 runs from July into August
2036, and Thimphu, where dev90 runs in August 2036, and Lomé, where dev91 runs in August
2036, and Vientiane, where dev92 runs from August into September 2036, and Porto-Novo, where dev93
runs from August into September 2036, and Bangui, where dev94 runs in September
2036, and Mbabane, where dev95 runs in September 2036, and Algiers, where dev96 runs in
September 2036, and Malé, where dev97 runs from September into October 2036, and Denpasar, where dev98
runs from September into October 2036, and Kabul, where dev99 runs in October 2036, and Maputo, where dev100 runs in October 2036, and Windhoek, where dev101 runs from October into November 2036, and Lubumbashi, where dev102 runs from October into November 2036, and Luanda, where dev103 runs in November 2036, and Conakry, where dev104 runs in November 2036, and Ouagadougou, where dev105 runs from November into December 2036, and Douglas, on the Isle of Man, where dev106 runs from November into December 2036, after October's change back to Greenwich Mean Time and long before March's, and Grozny, on Moscow Time, which Russia keeps all year, where dev107 runs in December 2036, and Izhevsk, on Samara Time, which Udmurtia has kept all year since 2014, where dev108 runs in December 2036, and Yakutsk, on Yakutsk Time, which the Republic of Sakha has kept all year since 2014, where dev109 runs in December 2036, and Skopje, on Central European Time, North Macedonia's winter time, after its change of 26 October and long before March's, where dev110 runs from December 2036 into January 2037, and Graubünden, on Central European Time, Switzerland's winter time, after its change of 26 October and long before March's, where dev111 runs from December 2036 into January 2037, and Bissau, on Greenwich Mean Time, which Guinea-Bissau keeps all year, where dev112 runs in January 2037, and Sardinia, on Central European Time, Italy's winter time, after its change of 26 October and long before March's, where dev113 runs in January 2037, and Erbil, on Arabia Standard Time, which Iraq has kept all year since 2008, where dev114 runs from January into February 2037, and the Red Centre, on Australian Central Standard Time, which the Northern Territory keeps all year, where dev115 runs from January into February 2037, and Bondoukou, on Greenwich Mean Time, which Côte d'Ivoire keeps all year, where dev116 runs in February 2037, and Hangzhou, on China Standard Time, which China keeps all year, where dev117 runs in February 2037, and Cairo, on Eastern European Time, which Egypt keeps outside its summer time (late April to late October), where dev118 runs from February into March 2037, and Asmara, on East Africa Time, which Eritrea keeps all year, where dev119 runs from February into March 2037, and Taipei, on National Standard Time, which Taiwan keeps all year, where dev120 runs in March 2037, and Kuching, on Malaysia Time, which Malaysia keeps all year, where dev121 runs in March 2037, and Ufa, on Yekaterinburg Time, which Bashkortostan has kept all year since 2014, where dev122 runs in March 2037, and Damascus, on Syria's time, three hours ahead of Greenwich, which Syria has kept all year since 2022, where dev123 runs from March into April 2037, and Yining, in the Ili valley, on Xinjiang Time (Urumqi's zone), six hours ahead of Greenwich all year, with no summer time, where dev124 runs from March into April 2037, and Juba, on Central Africa Time, which South Sudan has kept all year since 2021, with no summer time, where dev125 runs in April 2037, and Jayapura, on Eastern Indonesia Time, nine hours ahead of Greenwich, which Indonesia's eastern provinces keep all year, with no summer time, where dev126 runs in April 2037, and Ulyanovsk, four hours ahead of Greenwich, which Ulyanovsk Oblast has kept all year since 2016, with no summer time, where dev127 runs from April into May 2037, and Syowa Station, on East Ongul Island off Antarctica, three hours ahead of Greenwich all year, with no summer time, where dev128 runs from April into May 2037, and Amman, three hours ahead of Greenwich, which Jordan has kept all year since 2022, with no summer time, where dev129 runs in May 2037, and Puerto Ayora, on Santa Cruz in the Galápagos, on Galápagos Time, six hours behind Greenwich all year, with no summer time, where dev130 runs in May 2037, and Hanga Roa, on Rapa Nui, six hours behind Greenwich on Easter Island's winter time, after Chile's change of early April and before September's, where dev131 runs from May into June 2037, and N'Djamena, on West Africa Time, one hour ahead of Greenwich, which Chad keeps all year, with no summer time, where dev132 runs from May into June 2037, and Longyearbyen, on Svalbard, on Central European Summer Time, two hours ahead of Greenwich, Norway's summer time, after its change of late March and long before October's, where dev133 runs in June 2037, and São Tomé, on Greenwich Mean Time, which São Tomé and Príncipe has kept all year since 2019, with no summer time, where dev134 runs in June 2037, and Port-aux-Français, on the Kerguelen Islands, five hours ahead of Greenwich all year, with no summer time, where dev135 runs in June 2037, and Tórshavn, on the Faroe Islands, on Western European Summer Time, one hour ahead of Greenwich, after the islands' change of late March and long before October's, where the held-out set runs from June into July 2037, have none). A
life across a change would not hold together: ``answers_life`` lays a day out in wall-clock minutes, so the night
the clocks go forward would record an hour more sleep than it spans, and the next breakfast would
come before that night's waking.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from types import ModuleType

import answers_dev4_phrases
import answers_dev5_phrases
import answers_dev6_phrases
import answers_dev7_phrases
import answers_dev8_phrases
import answers_dev9_phrases
import answers_dev10_phrases
import answers_dev11_phrases
import answers_dev12_phrases
import answers_dev13_phrases
import answers_dev14_phrases
import answers_dev15_phrases
import answers_dev16_phrases
import answers_dev17_phrases
import answers_dev18_phrases
import answers_dev19_phrases
import answers_dev20_phrases
import answers_dev21_phrases
import answers_dev22_phrases
import answers_dev23_phrases
import answers_dev24_phrases
import answers_dev25_phrases
import answers_dev26_phrases
import answers_dev27_phrases
import answers_dev28_phrases
import answers_dev29_phrases
import answers_dev30_phrases
import answers_dev31_phrases
import answers_dev32_phrases
import answers_dev33_phrases
import answers_dev34_phrases
import answers_dev35_phrases
import answers_dev36_phrases
import answers_dev37_phrases
import answers_dev38_phrases
import answers_dev39_phrases
import answers_dev40_phrases
import answers_dev41_phrases
import answers_dev42_phrases
import answers_dev43_phrases
import answers_dev44_phrases
import answers_dev45_phrases
import answers_dev46_phrases
import answers_dev47_phrases
import answers_dev48_phrases
import answers_dev49_phrases
import answers_dev50_phrases
import answers_dev51_phrases
import answers_dev52_phrases
import answers_dev53_phrases
import answers_dev54_phrases
import answers_dev55_phrases
import answers_dev56_phrases
import answers_dev57_phrases
import answers_dev58_phrases
import answers_dev59_phrases
import answers_dev60_phrases
import answers_dev61_phrases
import answers_dev62_phrases
import answers_dev63_phrases
import answers_dev64_phrases
import answers_dev65_phrases
import answers_dev66_phrases
import answers_dev67_phrases
import answers_dev68_phrases
import answers_dev69_phrases
import answers_dev70_phrases
import answers_dev71_phrases
import answers_dev72_phrases
import answers_dev73_phrases
import answers_dev74_phrases
import answers_dev75_phrases
import answers_dev76_phrases
import answers_dev77_phrases
import answers_dev78_phrases
import answers_dev79_phrases
import answers_dev80_phrases
import answers_dev81_phrases
import answers_dev82_phrases
import answers_dev83_phrases
import answers_dev84_phrases
import answers_dev85_phrases
import answers_dev86_phrases
import answers_dev87_phrases
import answers_dev88_phrases
import answers_dev89_phrases
import answers_dev90_phrases
import answers_dev91_phrases
import answers_dev92_phrases
import answers_dev93_phrases
import answers_dev94_phrases
import answers_dev95_phrases
import answers_dev96_phrases
import answers_dev97_phrases
import answers_dev98_phrases
import answers_dev99_phrases
import answers_dev100_phrases
import answers_dev101_phrases
import answers_dev102_phrases
import answers_dev103_phrases
import answers_dev104_phrases
import answers_dev105_phrases
import answers_dev106_phrases
import answers_dev107_phrases
import answers_dev108_phrases
import answers_dev109_phrases
import answers_dev110_phrases
import answers_dev111_phrases
import answers_dev112_phrases
import answers_dev113_phrases
import answers_dev114_phrases
import answers_dev115_phrases
import answers_dev116_phrases
import answers_dev117_phrases
import answers_dev118_phrases
import answers_dev119_phrases
import answers_dev120_phrases
import answers_dev121_phrases
import answers_dev122_phrases
import answers_dev123_phrases
import answers_dev124_phrases
import answers_dev125_phrases
import answers_dev126_phrases
import answers_dev127_phrases
import answers_dev128_phrases
import answers_dev129_phrases
import answers_dev130_phrases
import answers_dev131_phrases
import answers_dev132_phrases
import answers_dev133_phrases
import answers_dev134_phrases
import answers_dev135_phrases
import answers_heldout_phrases
import answers_phrases
from answers_life import Life, generate_life


@dataclass(frozen=True)
class EvalSet:
    """One evaluation set: the life it asks about, where its wording lives, and how it draws."""

    name: str
    start: date
    """A Monday: the life's first day."""
    zone: str
    """The person's IANA zone: the life's clocks, and day-first slash dates outside the Americas."""
    phrases: ModuleType
    """The module with its templates (``PHRASES``), workout words (``NOUNS``) and day and night names."""
    seed: int
    """The default seed of its life (``--seed-<name>``)."""
    description: str
    """What the seed is the seed of, as ``--help`` says it."""
    rng_name: str = ""
    """The name its random stream is drawn under (its own name if empty): a renamed held-out set
    keeps the stream it drew from, so its cases stay the same."""
    as_typed: bool = False
    """Its questions keep the case their templates are typed in (else they start with a capital)."""
    own_days: bool = False
    """Its module holds only its own wording: flat ``PHRASES`` and ``NOUNS``, and days and nights
    named by ``day_options``/``night_options`` (or ``day_phrase``/``night_phrase``); else it is one
    of the sets answers_phrases.py words by name."""
    by_default: bool = False
    """Asked when ``--sets`` is not given."""
    held_out: bool = False
    """Its questions and answers are left out of the output unless ``--show-heldout``."""

    @property
    def stream(self) -> str:
        return self.rng_name or self.name

    @property
    def templates(self) -> dict[str, list[str]]:
        """Every question key's templates."""
        return self.phrases.PHRASES if self.own_days else self.phrases.PHRASES[self.name]

    @property
    def nouns(self) -> dict[str, tuple[str, ...]] | None:
        """What its questions call a workout of each activity (one drawn per question), or None:
        the fixed words of ``answers_builder.NOUN``, no draw."""
        return self.phrases.NOUNS if self.own_days else self.phrases.NOUNS.get(self.name)

    def day_phrase(self, day: date, today: date, rng: random.Random, absolute: bool = False) -> str:
        """How a question names ``day`` asked on ``today``; ``absolute``: always with the month (a
        day outside the life must not read as one inside it)."""
        if not self.own_days:
            return self.phrases.day_phrase(self.name, day, today, rng, absolute)
        if hasattr(self.phrases, "day_options"):  # a module that lists its options: one of them, at random
            return rng.choice(self.phrases.day_options(day, today, absolute))
        return self.phrases.day_phrase(day, today, rng, absolute)

    def night_phrase(self, day: date, today: date, rng: random.Random) -> str:
        """How a question names the night that starts on ``day``."""
        if not self.own_days:
            return self.phrases.night_phrase(self.name, day, today, rng)
        if hasattr(self.phrases, "night_options"):
            return rng.choice(self.phrases.night_options(day, today))
        return self.phrases.night_phrase(day, today, rng)

    def life(self, seed: int | None = None, days: int = 14) -> Life:
        """The life it asks about: its own start day and zone, ``seed`` or its default one."""
        return generate_life(self.seed if seed is None else seed, days, self.start, self.zone)


SETS = (
    EvalSet("dev", date(2026, 11, 2), "America/New_York", answers_phrases, 11, "the dev life", by_default=True),
    EvalSet("dev2", date(2027, 2, 1), "America/Los_Angeles", answers_phrases, 29,
            "the dev2 life (the former held-out one)", rng_name="heldout", by_default=True),
    EvalSet("heldout", date(2037, 6, 22), "Atlantic/Faroe", answers_heldout_phrases, 2663,
            "the held-out life", as_typed=True, own_days=True, by_default=True, held_out=True),
    EvalSet("dev3", date(2027, 9, 6), "Europe/Berlin", answers_phrases, 53, "the dev3 life (the third tuning set)",
            as_typed=True),
    EvalSet("dev4", date(2028, 4, 3), "America/Chicago", answers_dev4_phrases, 61,
            "the dev4 life (the fourth tuning set)", as_typed=True, own_days=True),
    EvalSet("dev5", date(2027, 5, 24), "Australia/Sydney", answers_dev5_phrases, 47,
            "the dev5 life (the held-out one until 2026-12-04)", rng_name="heldout", as_typed=True, own_days=True),
    EvalSet("dev6", date(2028, 8, 7), "Asia/Singapore", answers_dev6_phrases, 71,
            "the dev6 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev7", date(2028, 10, 2), "Asia/Kolkata", answers_dev7_phrases, 89,
            "the dev7 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev8", date(2028, 11, 6), "Asia/Tokyo", answers_dev8_phrases, 107,
            "the dev8 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev9", date(2029, 1, 8), "Africa/Nairobi", answers_dev9_phrases, 109,
            "the dev9 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev10", date(2029, 3, 26), "Europe/London", answers_dev10_phrases, 113,
            "the dev10 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev11", date(2029, 6, 4), "Pacific/Auckland", answers_dev11_phrases, 127,
            "the dev11 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev12", date(2029, 8, 6), "Australia/Perth", answers_dev12_phrases, 137,
            "the dev12 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev13", date(2029, 10, 15), "Europe/Istanbul", answers_dev13_phrases, 149,
            "the dev13 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev14", date(2029, 11, 19), "Europe/Madrid", answers_dev14_phrases, 151,
            "the dev14 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev15", date(2030, 1, 14), "Europe/Dublin", answers_dev15_phrases, 157,
            "the dev15 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev16", date(2030, 2, 25), "Africa/Lagos", answers_dev16_phrases, 163,
            "the dev16 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev17", date(2030, 4, 22), "Asia/Dubai", answers_dev17_phrases, 193,
            "the dev17 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev18", date(2030, 6, 3), "Africa/Johannesburg", answers_dev18_phrases, 197,
            "the dev18 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev19", date(2030, 8, 5), "Asia/Kuala_Lumpur", answers_dev19_phrases, 223,
            "the dev19 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev20", date(2030, 10, 7), "Asia/Jakarta", answers_dev20_phrases, 233,
            "the dev20 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev21", date(2030, 12, 2), "Asia/Dhaka", answers_dev21_phrases, 239,
            "the dev21 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev22", date(2031, 2, 3), "Asia/Karachi", answers_dev22_phrases, 241,
            "the dev22 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev23", date(2031, 4, 7), "Asia/Hong_Kong", answers_dev23_phrases, 257,
            "the dev23 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev24", date(2031, 6, 2), "Africa/Accra", answers_dev24_phrases, 313,
            "the dev24 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev25", date(2031, 8, 4), "Asia/Ho_Chi_Minh", answers_dev25_phrases, 337,
            "the dev25 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev26", date(2031, 10, 6), "Asia/Colombo", answers_dev26_phrases, 347,
            "the dev26 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev27", date(2031, 12, 1), "Asia/Riyadh", answers_dev27_phrases, 359,
            "the dev27 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev28", date(2032, 2, 2), "Asia/Kathmandu", answers_dev28_phrases, 367,
            "the dev28 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev29", date(2032, 4, 5), "Asia/Seoul", answers_dev29_phrases, 431,
            "the dev29 life (the held-out one until its failures were read on 2026-12-04)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev30", date(2032, 6, 7), "Asia/Bangkok", answers_dev30_phrases, 449,
            "the dev30 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev31", date(2032, 8, 9), "Africa/Addis_Ababa", answers_dev31_phrases, 461,
            "the dev31 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev32", date(2032, 10, 11), "Asia/Tashkent", answers_dev32_phrases, 463,
            "the dev32 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev33", date(2032, 12, 13), "Asia/Tbilisi", answers_dev33_phrases, 467,
            "the dev33 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev34", date(2033, 2, 14), "Asia/Yerevan", answers_dev34_phrases, 491,
            "the dev34 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev35", date(2033, 4, 18), "Asia/Almaty", answers_dev35_phrases, 503,
            "the dev35 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev36", date(2033, 6, 20), "Africa/Dar_es_Salaam", answers_dev36_phrases, 557,
            "the dev36 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev37", date(2033, 8, 22), "Asia/Tehran", answers_dev37_phrases, 563,
            "the dev37 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev38", date(2033, 10, 24), "Asia/Baku", answers_dev38_phrases, 569,
            "the dev38 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev39", date(2033, 12, 5), "Africa/Kampala", answers_dev39_phrases, 593,
            "the dev39 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev40", date(2034, 1, 9), "Pacific/Port_Moresby", answers_dev40_phrases, 599,
            "the dev40 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev41", date(2034, 2, 13), "Asia/Ulaanbaatar", answers_dev41_phrases, 601,
            "the dev41 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev42", date(2034, 3, 20), "Africa/Lusaka", answers_dev42_phrases, 613,
            "the dev42 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev43", date(2034, 4, 24), "Africa/Harare", answers_dev43_phrases, 643,
            "the dev43 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev44", date(2034, 5, 29), "Africa/Gaborone", answers_dev44_phrases, 647,
            "the dev44 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev45", date(2034, 7, 3), "Indian/Mauritius", answers_dev45_phrases, 743,
            "the dev45 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev46", date(2034, 8, 7), "Africa/Kigali", answers_dev46_phrases, 757,
            "the dev46 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev47", date(2034, 9, 11), "Africa/Mogadishu", answers_dev47_phrases, 761,
            "the dev47 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev48", date(2034, 10, 16), "Africa/Maseru", answers_dev48_phrases, 769,
            "the dev48 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev49", date(2034, 11, 20), "Pacific/Apia", answers_dev49_phrases, 773,
            "the dev49 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev50", date(2034, 12, 25), "Pacific/Tongatapu", answers_dev50_phrases, 797,
            "the dev50 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev51", date(2035, 1, 29), "Asia/Dili", answers_dev51_phrases, 809,
            "the dev51 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev52", date(2035, 3, 5), "Europe/Malta", answers_dev52_phrases, 811,
            "the dev52 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev53", date(2035, 4, 2), "Asia/Nicosia", answers_dev53_phrases, 821,
            "the dev53 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev54", date(2035, 4, 30), "Pacific/Fiji", answers_dev54_phrases, 857,
            "the dev54 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev55", date(2035, 5, 28), "Africa/Banjul", answers_dev55_phrases, 881,
            "the dev55 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev56", date(2035, 6, 25), "Africa/Freetown", answers_dev56_phrases, 929,
            "the dev56 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev57", date(2035, 7, 23), "Pacific/Efate", answers_dev57_phrases, 937,
            "the dev57 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev58", date(2035, 8, 20), "Pacific/Tarawa", answers_dev58_phrases, 953,
            "the dev58 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev59", date(2035, 9, 17), "Europe/Copenhagen", answers_dev59_phrases, 967,
            "the dev59 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev60", date(2035, 11, 5), "Europe/Amsterdam", answers_dev60_phrases, 1021,
            "the dev60 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev61", date(2035, 12, 3), "Europe/Stockholm", answers_dev61_phrases, 1063,
            "the dev61 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev62", date(2035, 12, 31), "Asia/Jerusalem", answers_dev62_phrases, 1091,
            "the dev62 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev63", date(2036, 1, 21), "Europe/Helsinki", answers_dev63_phrases, 1093,
            "the dev63 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev64", date(2036, 2, 11), "Europe/Warsaw", answers_dev64_phrases, 1097,
            "the dev64 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev65", date(2036, 3, 3), "Europe/Prague", answers_dev65_phrases, 1103,
            "the dev65 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev66", date(2036, 3, 10), "Europe/Bucharest", answers_dev66_phrases, 1109,
            "the dev66 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev67", date(2036, 2, 25), "Europe/Zagreb", answers_dev67_phrases, 1151,
            "the dev67 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev68", date(2036, 2, 18), "Europe/Budapest", answers_dev68_phrases, 1163,
            "the dev68 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev69", date(2036, 2, 4), "Europe/Bratislava", answers_dev69_phrases, 1187,
            "the dev69 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev70", date(2036, 1, 14), "Atlantic/Reykjavik", answers_dev70_phrases, 1213,
            "the dev70 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev71", date(2036, 1, 28), "Europe/Oslo", answers_dev71_phrases, 1223,
            "the dev71 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev72", date(2036, 1, 7), "Europe/Andorra", answers_dev72_phrases, 1249,
            "the dev72 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev73", date(2036, 4, 7), "Europe/Luxembourg", answers_dev73_phrases, 1259,
            "the dev73 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev74", date(2036, 4, 14), "Europe/Tallinn", answers_dev74_phrases, 1277,
            "the dev74 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev75", date(2036, 4, 21), "Europe/Tirane", answers_dev75_phrases, 1289,
            "the dev75 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev76", date(2036, 4, 28), "Europe/Ljubljana", answers_dev76_phrases, 1303,
            "the dev76 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev77", date(2036, 5, 5), "Europe/Riga", answers_dev77_phrases, 1319,
            "the dev77 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev78", date(2036, 5, 12), "Europe/Sofia", answers_dev78_phrases, 1321,
            "the dev78 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev79", date(2036, 5, 19), "Europe/Vilnius", answers_dev79_phrases, 1327,
            "the dev79 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev80", date(2036, 5, 26), "Europe/Kyiv", answers_dev80_phrases, 1361,
            "the dev80 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev81", date(2036, 6, 2), "Europe/Belgrade", answers_dev81_phrases, 1367,
            "the dev81 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev82", date(2036, 6, 9), "Pacific/Rarotonga", answers_dev82_phrases, 1423,
            "the dev82 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev83", date(2036, 6, 16), "Indian/Antananarivo", answers_dev83_phrases, 1433,
            "the dev83 life (the held-out one until its failures were read on 2026-12-05)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev84", date(2036, 6, 23), "Africa/Kinshasa", answers_dev84_phrases, 1447,
            "the dev84 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev85", date(2036, 6, 30), "Europe/Paris", answers_dev85_phrases, 1451,
            "the dev85 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev86", date(2036, 7, 7), "Asia/Yangon", answers_dev86_phrases, 1471,
            "the dev86 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev87", date(2036, 7, 14), "Africa/Niamey", answers_dev87_phrases, 1483,
            "the dev87 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev88", date(2036, 7, 21), "Asia/Phnom_Penh", answers_dev88_phrases, 1489,
            "the dev88 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev89", date(2036, 7, 28), "Africa/Bamako", answers_dev89_phrases, 1493,
            "the dev89 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev90", date(2036, 8, 4), "Asia/Thimphu", answers_dev90_phrases, 1499,
            "the dev90 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev91", date(2036, 8, 11), "Africa/Lome", answers_dev91_phrases, 1511,
            "the dev91 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev92", date(2036, 8, 18), "Asia/Vientiane", answers_dev92_phrases, 1549,
            "the dev92 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev93", date(2036, 8, 25), "Africa/Porto-Novo", answers_dev93_phrases, 1567,
            "the dev93 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev94", date(2036, 9, 1), "Africa/Bangui", answers_dev94_phrases, 1571,
            "the dev94 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev95", date(2036, 9, 8), "Africa/Mbabane", answers_dev95_phrases, 1583,
            "the dev95 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev96", date(2036, 9, 15), "Africa/Algiers", answers_dev96_phrases, 1607,
            "the dev96 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev97", date(2036, 9, 22), "Indian/Maldives", answers_dev97_phrases, 1613,
            "the dev97 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev98", date(2036, 9, 29), "Asia/Makassar", answers_dev98_phrases, 1741,
            "the dev98 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev99", date(2036, 10, 6), "Asia/Kabul", answers_dev99_phrases, 1747,
            "the dev99 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev100", date(2036, 10, 13), "Africa/Maputo", answers_dev100_phrases, 1787,
            "the dev100 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev101", date(2036, 10, 20), "Africa/Windhoek", answers_dev101_phrases, 1823,
            "the dev101 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev102", date(2036, 10, 27), "Africa/Lubumbashi", answers_dev102_phrases, 1831,
            "the dev102 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev103", date(2036, 11, 3), "Africa/Luanda", answers_dev103_phrases, 1867,
            "the dev103 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev104", date(2036, 11, 10), "Africa/Conakry", answers_dev104_phrases, 1879,
            "the dev104 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev105", date(2036, 11, 17), "Africa/Ouagadougou", answers_dev105_phrases, 1951,
            "the dev105 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev106", date(2036, 11, 24), "Europe/Isle_of_Man", answers_dev106_phrases, 1997,
            "the dev106 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev107", date(2036, 12, 1), "Europe/Moscow", answers_dev107_phrases, 2011,
            "the dev107 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev108", date(2036, 12, 8), "Europe/Samara", answers_dev108_phrases, 2017,
            "the dev108 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev109", date(2036, 12, 15), "Asia/Yakutsk", answers_dev109_phrases, 2027,
            "the dev109 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev110", date(2036, 12, 22), "Europe/Skopje", answers_dev110_phrases, 2081,
            "the dev110 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev111", date(2036, 12, 29), "Europe/Zurich", answers_dev111_phrases, 2111,
            "the dev111 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev112", date(2037, 1, 5), "Africa/Bissau", answers_dev112_phrases, 2131,
            "the dev112 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev113", date(2037, 1, 12), "Europe/Rome", answers_dev113_phrases, 2143,
            "the dev113 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev114", date(2037, 1, 19), "Asia/Baghdad", answers_dev114_phrases, 2161,
            "the dev114 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev115", date(2037, 1, 26), "Australia/Darwin", answers_dev115_phrases, 2267,
            "the dev115 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev116", date(2037, 2, 2), "Africa/Abidjan", answers_dev116_phrases, 2269,
            "the dev116 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev117", date(2037, 2, 9), "Asia/Shanghai", answers_dev117_phrases, 2273,
            "the dev117 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev118", date(2037, 2, 16), "Africa/Cairo", answers_dev118_phrases, 2287,
            "the dev118 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev119", date(2037, 2, 23), "Africa/Asmara", answers_dev119_phrases, 2293,
            "the dev119 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev120", date(2037, 3, 2), "Asia/Taipei", answers_dev120_phrases, 2297,
            "the dev120 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev121", date(2037, 3, 9), "Asia/Kuching", answers_dev121_phrases, 2339,
            "the dev121 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev122", date(2037, 3, 16), "Asia/Yekaterinburg", answers_dev122_phrases, 2341,
            "the dev122 life (the held-out one until its failures were read on 2026-12-06)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev123", date(2037, 3, 23), "Asia/Damascus", answers_dev123_phrases, 2347,
            "the dev123 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev124", date(2037, 3, 30), "Asia/Urumqi", answers_dev124_phrases, 2377,
            "the dev124 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev125", date(2037, 4, 6), "Africa/Juba", answers_dev125_phrases, 2389,
            "the dev125 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev126", date(2037, 4, 13), "Asia/Jayapura", answers_dev126_phrases, 2411,
            "the dev126 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev127", date(2037, 4, 20), "Europe/Ulyanovsk", answers_dev127_phrases, 2441,
            "the dev127 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev128", date(2037, 4, 27), "Antarctica/Syowa", answers_dev128_phrases, 2467,
            "the dev128 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev129", date(2037, 5, 4), "Asia/Amman", answers_dev129_phrases, 2539,
            "the dev129 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev130", date(2037, 5, 11), "Pacific/Galapagos", answers_dev130_phrases, 2557,
            "the dev130 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev131", date(2037, 5, 18), "Pacific/Easter", answers_dev131_phrases, 2593,
            "the dev131 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev132", date(2037, 5, 25), "Africa/Ndjamena", answers_dev132_phrases, 2617,
            "the dev132 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev133", date(2037, 6, 1), "Arctic/Longyearbyen", answers_dev133_phrases, 2621,
            "the dev133 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev134", date(2037, 6, 8), "Africa/Sao_Tome", answers_dev134_phrases, 2647,
            "the dev134 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
    EvalSet("dev135", date(2037, 6, 15), "Indian/Kerguelen", answers_dev135_phrases, 2659,
            "the dev135 life (the held-out one until its failures were read on 2026-12-07)", rng_name="heldout",
            as_typed=True, own_days=True),
)
"""Every set, in the order ``--sets`` and ``--help`` list them."""
EVAL_SETS = {s.name: s for s in SETS}

