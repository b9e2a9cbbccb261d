"""Keys and tokens for the dev51 privacy set (``privacy_cases_dev51.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
as its issuer makes it (``privacy_key_makers``; session JWTs from this set's issuers, Basic
credentials of this set's users) and written where people leave them: Hostinger, OVHcloud, Vultr,
SiteGround, DreamHost, Hostwinds, IONOS, Infomaniak, Gandi, Netcup, Exoscale and Elestio hosts,
dpaste.com, pastes.dev and paste.myst.rs pastes, Hatena Blog, Naver Blog, Tistory, Velog, Qiita,
Zenn, note.com and Silvrback drafts, Codefresh, GoCD, Buddy.Works, Earthly, Zuul, Tekton, Argo
Workflows and builds.sr.ht settings and logs, and DiffMerge, GitUp, gitg, gitk, lazygit, difftastic,
ECMerge, Ediff and Plastic SCM diffs, Kallithea, RhodeCode and Pagure repositories, besides .env
files, shell history, chats and tickets.
"""

from __future__ import annotations

from privacy_key_makers import keys

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.wycinanki-circle.app", "https://id.pesis-scores.net", "https://login.lowicz-cutouts.org"]
BASIC_USERS = ["papercutter", "lelujakeeper", "lukkariadmin", "pesisscorer", "kodrymaker", "kunnaribot"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))
NAMES = {"openai": "OPENAI_KEY_CUTOUTGEN", "github_classic": "GITHUB_PAT_BATTINGORDER", "anthropic": "ANTHROPIC_KEY_LELUJA",
         "google_api": "GMAPS_KEY_PESISFIELD", "stripe_secret": "STRIPE_LIVE_PAPERSHOP", "jwt": "WYCINANKI_SESSION_JWT",
         "huggingface": "HF_TOKEN_SYMMETRYNET", "slack_bot": "SLACK_BOT_KOTIPESA", "github_fine_grained": "GITHUB_FG_PAT_SUPERPESIS",
         "openrouter": "OPENROUTER_KEY_KODRY", "groq": "GROQ_KEY_LUKKARISTATS", "gitlab": "GITLAB_TOKEN_PESISSEURA",
         "npm": "NPM_PUBLISH_FOLDCUT", "pypi": "PYPI_TOKEN_GWIAZDY", "telegram_bot": "TELEGRAM_BOT_VAIHTOPESA",
         "discord_bot": "DISCORD_TOKEN_SIEPPARI", "digitalocean": "DO_TOKEN_CUTTINGMAT", "shopify": "SHOPIFY_TOKEN_TISSUESTORE",
         "notion": "NOTION_KEY_LESSONPLANS", "linear": "LINEAR_KEY_KUNNARI", "google_oauth": "GOOGLE_CLIENT_SECRET_LOWICZ",
         "replicate": "REPLICATE_KEY_STENCILPREVIEW"}
SPOTS = [  # where any key turns up: «n» its variable, «v» the key, «u» an account
    "Hostinger hPanel > Advanced > PHP configuration, the box Dorota filled in for the parish paper-cut shop: «n»=«v» (she says it's only till Palm Sunday)",
    "OVHcloud ticket #reply from the cooperative's treasurer, who pasted her whole crontab env to prove the job runs: «n»=«v» MAILTO=''",
    "Vultr startup script for the scoreboard VM, third line, added the night before the Itä-Länsi game: export «n»=«v»",
    "SiteGround Site Tools > Devs > SSH history on the folk-museum site: echo \"«n»=«v»\" >> ~/public_html/.env",
    "DreamHost panel note field that nobody reads except me, apparently: «n» is «v» — the cut-out catalogue plugin",
    "Hostwinds VPS, /root/notes.txt, written after the lightning knocked out the clubhouse router: «n» = «v»",
    "IONOS Deploy Now, repository secrets screen photographed by «u» for the group chat: «n» «v»",
    "Infomaniak Jelastic env vars, the youth coach's staging copy of the lineup app: «n»=«v»",
    "dpaste.com item (expires never, which was the mistake): «n»=«v»\nPESIS_SEASON=summer",
    "pastes.dev link from the pitcher's laptop: set -x output of deploy.sh, '+ export «n»=«v»'",
    "paste.myst.rs, 'what's wrong with my symmetry script', the first cell of the notebook: «n» = '«v»'",
    "Hatena Blog draft (非公開), コードの途中に残ったまま: «n»=«v»",
    "Naver Blog 임시저장 글, 스크린샷 아래에 적어 둔 설정: «n» = «v»",
    "Velog 초안, '종이 오리기 패턴 생성기 만들기' 3편, 코드블록 안에 그대로: «n»=«v»",
    "Qiita限定共有記事、切り絵の型紙を生成するスクリプトの設定例: «n»=\"«v»\"",
    "Zenn の下書き、pesäpallo のスコア集計ボットの記事、.env の中身をそのまま貼ってしまった: «n»=«v»",
    "note.com 下書き「祖母の切り絵を写真から型紙にする」、末尾の設定メモ: «n» → «v»",
    "Silvrback draft about the Toronto pesäpallo league's stats page, snippet two: const «n» = \"«v»\";",
    "Codefresh pipeline variables, the one not marked encrypted, as «u» read it aloud on the call: «n» equals «v»",
    "GoCD environment 'summer-league', plain-text variable the scorer added at the away ground: «n»=«v»",
    "Buddy.Works action log, the 'print env for debugging' step Dorota forgot to delete: «n»=«v»",
    "Earthly build output, +deploy target, the ARG echoed back: --build-arg «n»=«v»",
    "gitg history of the lineup repo, commit 'works on the bus', settings.env line 6: «n»=«v»",
    "lazygit staged hunk in .envrc, seen over the shoulder of «u» at the library table: export «n»=«v»",
]
OWN_SPOTS: dict[str, list[str]] = {  # a format's own places
    "openai": ["import openai\nopenai.api_key = \"«v»\"  # writes the Polish captions for each cut-out in the Easter catalogue",
               "difftastic output for caption_bot.py, the added side: KEY = \"«v»\"  # TODO env var before the workshop"],
    "anthropic": ["ECMerge three-way view of helper/config.py on the parish laptop, theirs only: CLAUDE_KEY = '«v»'"],
    "github_classic": ["Zuul job vars in .zuul.yaml, committed to the club's infra repo by accident: github_token: «v»",
                       "Kallithea repository settings of the cut-out archive, the mirror URL field: https://«u»:«v»@github.com/lowicz/archive.git"],
    "google_api": ["Tistory 블로그 스킨 편집 화면, 동네 야구장 찾아오는 길 지도를 붙이려고 넣은 줄인데 키가 그대로 보임: "
                   "<script src=\"https://maps.googleapis.com/maps/api/js?key=«v»&callback=drawField\" async></script>"],
    "stripe_secret": ["Gandi mail to the web developer from the paper shop owner: here is the stripe key you asked for «v» — is the basket fixed now?"],
    "huggingface": ["Ediff session on the symmetry model's train.sh, buffer B adds: export HF_TOKEN=«v»"],
    "jwt": ["gitk of the scores app, the test fixture that got committed: fixtures/session.txt holds «v»",
            "Plastic SCM changeset diff of api_tests.http: Authorization: Bearer «v»"],
    "slack_bot": ["Argo Workflows template, spec.arguments, the notifier step the coach wrote on his phone: value: «v»"],
    "telegram_bot": ["Netcup VPS crontab, the line that posts the batting order at noon on game days: 0 12 * * 6 curl -s \"https://api.telegram.org/bot«v»/sendMessage?chat_id=-100771&text=kokoonpano\""],
    "pypi": ["Exoscale instance, ~/.bash_history after the symmetry package's first release: python -m twine upload --non-interactive --repository pypi --username __token__ --password «v» dist/*  # rainy Sunday"],
    "gitlab": ["builds.sr.ht manifest for the mirror job, environment block: GITLAB_PUSH_TOKEN: «v»"],
}
ONLY_SPOTS: dict[str, list[str]] = {  # formats that only turn up in their own places
    "slack_webhook": ["scripts/announce.sh on the clubhouse PC, added so the result reaches the channel when the scorer closes the game: "
                      "curl -s -X POST -H 'Content-Type: application/json' -d '{\"text\":\"Lopputulos kirjattu\"}' «v»",
                      "Elestio app settings for the paper-cut shop, order alerts: ORDER_ALERT_WEBHOOK=«v»"],
    "discord_webhook": ["RhodeCode gist 'field booking reminder': httpx.post(\"«v»\", json={\"content\": \"kenttä varattu klo 18\"})",
                        "Pagure repo of the cut-out club, hooks/config.yml\nannounce_hook: «v»\nchannel: ogloszenia"],
    "discord_bot": ["Tekton TaskRun log, the step that starts the lineup bot: python bot.py --token «v»",
                    "DiffMerge of bot.env against bot.env.sample, left only: BOT_TOKEN=«v»"],
    "private_key": ["GitUp, a file staged by mistake from the scorer's laptop, deploy_key in full: «v»",
                    "paper-shop-backup/gcp-credentials.json, line 5, shared in the helpers' drive: \"private_key\": \"«v»\","],
    "basic_auth": ["Firefox devtools, the ticket scanner's request at the summer league final copied as cURL: curl https://gates.pesis-seura.net/api/scan -H 'Authorization: Basic «v»'",
                   "Hostwinds Apache access log with a custom LogFormat someone left on: \"Authorization: Basic «v»\" 200 /api/gates"],
    "aws": ["[default]\naws_access_key_id = «a»\naws_secret_access_key = «b»\nregion = eu-north-1\n(the treasurer's whole credentials file, "
            "pasted into the paper-cut circle's Easter rota chat by mistake and deleted ten minutes later)",
            "IONOS VPS, env of the photo archive sync: AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» aws s3 sync ./wycinanki s3://archive",
            "Velog 초안 '사진 백업 자동화': access key «a», secret «b», 리전은 ap-northeast-2"],
}
SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
