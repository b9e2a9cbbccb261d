"""The held-out conversation set: another seed, other names, other wording of turns and questions.

Reported beside the development set (``conversation_evalset.DEV``) by ``scripts/bench_memory.py``;
never looked at while tuning retrieval. Same generator, same six categories.
"""

from __future__ import annotations

from conversation_evalset import Style

HELDOUT = Style(
    name="heldout",
    seed=2027,
    people=("Felix", "Ines", "Ravi", "Greta", "Yuki", "Marco", "Leah", "Karim"),
    pet_line=("Say hi to {v}, our new puppy!", "Walked {v} for an hour, the pup never gets tired."),
    pet_question="What's the name of {p}'s puppy?",
    sibling_line=("Spending Sunday with {v}, my sister.", "My brother {v} borrowed my car again."),
    sibling_question="Who is {p}'s brother or sister?",
    city_first=("Our flat in {v} is tiny but I love it.", "Cycling across {v} to get anywhere takes forever."),
    city_changed=("Big news, we relocated to {v}.", "Unpacked the last boxes in our new place in {v}."),
    city_question="Which city is {p} based in these days?",
    job_first=("{v} hired me, first week was chaos.", "My manager at {v} is actually nice."),
    job_changed=("Handed in my notice, I'm with {v} since Monday.", "Signed the contract with {v} today."),
    job_question="Who is {p}'s current employer?",
    restaurant_line=("If you're ever nearby, {v} is worth it.", "Best meal this month was at {v}."),
    restaurant_question="List every place {p} told me to eat at.",
    book_line=("{v} is the best novel I read this year.", "Borrow my copy of {v} sometime."),
    book_question="Which novels did {p} tell me about?",
    event_line=("So, I {v} yesterday, still buzzing.", "Yesterday I finally {v}."),
    event_question="On what day did {p} {v}?",
    multi_pet_by_job="The person employed by {v}: what's their puppy called?",
    multi_city_by_event="Which city does the friend who {v} live in these days?",
    inference={
        "taxes": ("April is my busy season, everyone wants their returns filed.",
                  "Which friend knows about filing a tax return?"),
        "peanuts": ("I carry an EpiPen because of nuts.", "Which snacks should I not offer {p}?"),
        "french": ("My grandmother in Bordeaux only ever spoke to me in her language.",
                   "Does anyone I know speak French?"),
        "meat": ("Tofu and lentils, same as every day since I gave up animals.", "What does {p} not eat?"),
        "car_repair": ("Swapped the clutch on my neighbour's Golf this morning.",
                       "Who should I ask when my car breaks down?"),
        "piano": ("Recital went well, the Steinway at the hall sounds incredible.",
                  "Who do I know that is a musician?"),
        "flying": ("Ten hours on the bus to Madrid because airports give me panic attacks.",
                   "Why does {p} avoid planes?"),
        "garden": ("Harvested two buckets of potatoes from my allotment.", "Who grows their own food?"),
    },
    small_talk=(
        "Morning!", "Hey, how are things?", "Not bad, a bit tired.", "What did you get up to?",
        "Nothing special really.", "It's freezing outside.", "Finally some sun.", "Yeah totally.",
        "Hmm, not sure.", "Crazy week.", "Tell me about it.", "Want to grab lunch?", "Can't today, sorry.",
        "Did you hear back about the thing?", "Not yet, still waiting.", "Fingers crossed.",
        "My back hurts from sitting all day.", "Should get a standing desk.", "The bus was packed.",
        "Are you coming on Friday?", "Probably, yes.", "Let me check my calendar.", "Sure thing.",
        "Ha!", "Nice one.", "Oh well.", "I'm starving.", "Just woke up.", "Going to bed early tonight.",
        "Thanks again for yesterday.", "Anytime.", "Catch you later.", "See you!", "Good night.",
        "What a mess.", "I'll think about it.", "Seriously?", "Love that.",
    ),
    my_lines=("My cat Luna knocked over a plant again.", "Still in Berlin, same old flat.",
              "I had great dumplings at the market yesterday.", "I'm halfway through a crime novel."),
)
