"""Keys and tokens for dev6 (``privacy_cases_dev6.py``, the held-out set from 2026-12-04): 54 formats
no other set held then, each in the shape its issuer publishes (prefixes, lengths and alphabets as the issuers'
docs, gitleaks' rules and detect-secrets' IBM, SoftLayer and Cloudant plugins give them), in the
places a sensor meets them: shell history, config files, webhook payloads, chat, notes and mail.

A secret's value is what follows its key word or prefix (``base64:`` of a Laravel key, the scheme
word of a header stay outside); a webhook URL that is itself the credential is labelled whole.
"""

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable

from privacy_cases import alnum

HEX = "0123456789abcdef"
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
WORD = string.ascii_letters + string.digits + "_-"
BASE32 = string.ascii_uppercase + "234567"


def _c(r: random.Random, n: int, chars: str) -> str:
    return alnum(r, n, chars)


def _uuid(r: random.Random) -> str:
    h = _c(r, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def _matrix(r: random.Random) -> str:
    user = base64.b64encode(r.choice([b"nadia", b"tomas.v", b"kiri", b"oyelaran"])).decode().rstrip("=")
    return f"syt_{user}_{_c(r, 20, string.ascii_letters)}_{_c(r, 6, string.ascii_letters + string.digits)}"


def _line_channel(r: random.Random) -> str:
    return base64.b64encode(bytes(r.randrange(256) for _ in range(129))).decode().replace("=", "") + "="


def _ppk_private(r: random.Random) -> str:
    return base64.b64encode(bytes(r.randrange(256) for _ in range(36))).decode()


def _totp(r: random.Random) -> str:
    return _c(r, 32, BASE32)


def _laravel(r: random.Random) -> str:
    return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


# format -> (value maker, templates with {v})
KEYS: dict[str, tuple[Callable[[random.Random], str], list[str]]] = {
    "dynatrace": (lambda r: f"dt0c01.{_c(r, 24, UPPER)}.{_c(r, 64, UPPER)}",
                  ["export DT_API_TOKEN={v}",
                   'curl -s -H "Authorization: Api-Token {v}" "https://qzj48213.live.dynatrace.com/api/v2/problems?from=now-2h"']),
    "typeform": (lambda r: f"tfp_{_c(r, 59, string.ascii_letters + string.digits + '_')}",
                 ["TYPEFORM_PERSONAL_TOKEN={v}", "Notes: survey export script, token {v} (expires never?)"]),
    "frameio": (lambda r: f"fio-u-{_c(r, 64, WORD)}", ["FRAMEIO_TOKEN = \"{v}\"", "frame.io dev token for the review bot: {v}"]),
    "readme": (lambda r: f"rdme_{_c(r, 70, LOWER)}", ["npx rdme openapi ./spec.yaml --key={v}", "README_API_KEY: {v}"]),
    "prefect": (lambda r: f"pnu_{_c(r, 36, string.ascii_letters + string.digits)}",
                ["prefect cloud login -k {v} --workspace ana/etl", "PREFECT_API_KEY={v}"]),
    "scalingo": (lambda r: f"tk-us-{_c(r, 48, WORD)}", ["scalingo login --api-token {v}", "SCALINGO_API_TOKEN: {v}"]),
    "defined_networking": (lambda r: f"dnkey-{_c(r, 26, LOWER)}-{_c(r, 52, LOWER)}",
                           ["DN_API_KEY={v} dnclient enroll", "# defined.net enrollment\napi_key: {v}"]),
    "easypost": (lambda r: f"EZAK{_c(r, 54, string.ascii_letters + string.digits)}",
                 ["EASYPOST_API_KEY={v}", "curl -X POST https://api.easypost.com/v2/shipments -u {v}:"]),
    "shippo": (lambda r: f"shippo_live_{_c(r, 40, HEX)}", ['SHIPPO_TOKEN="{v}"', "Authorization: ShippoToken {v}"]),
    "clojars": (lambda r: f"CLOJARS_{_c(r, 60, LOWER)}",
                ["CLOJARS_PASSWORD={v} lein deploy clojars", ':deploy-repositories [["clojars" {{:username "mkaru" :password "{v}"}}]]']),
    "infracost": (lambda r: f"ico-{_c(r, 32, string.ascii_letters + string.digits)}",
                  ["infracost configure set api_key {v}", "INFRACOST_API_KEY: {v}  # ci/pipeline.yml"]),
    "sourcegraph": (lambda r: f"sgp_{_c(r, 16, HEX)}_{_c(r, 40, HEX)}",
                    ["export SRC_ACCESS_TOKEN={v}", "src login https://sourcegraph.example.net --token {v}"]),
    "octopus": (lambda r: f"API-{_c(r, 26, UPPER)}",
                ["octo create-release --project Web --server https://deploy.example.net --apiKey {v}", "OCTOPUS_CLI_API_KEY={v}"]),
    "harness": (lambda r: f"pat.{_c(r, 22, WORD)}.{_c(r, 24, string.ascii_letters + string.digits)}.{_c(r, 20, string.ascii_letters + string.digits)}",
                ["harness login --api-key {v} --account-id Qw3rTy", "x-api-key: {v}"]),
    "buildkite": (lambda r: f"bkua_{_c(r, 40, HEX)}", ["BUILDKITE_API_TOKEN={v}", "bk configure --org nadia-labs --token {v}"]),
    "openshift": (lambda r: f"sha256~{_c(r, 43, WORD)}",
                  ["oc login --token={v} --server=https://api.ocp4.example.net:6443", "Your API token is\n{v}"]),
    "maxmind": (lambda r: f"{_c(r, 6, string.ascii_letters + string.digits)}_{_c(r, 29, string.ascii_letters + string.digits)}_mmk",
                ["LicenseKey {v}", "GEOIPUPDATE_LICENSE_KEY={v}"]),
    "matrix": (_matrix, ['"access_token": "{v}",', "element devtools -> access token {v} (do not share)"]),
    "pushbullet": (lambda r: f"o.{_c(r, 32, string.ascii_letters + string.digits)}",
                   ["curl -u {v}: https://api.pushbullet.com/v2/pushes -d type=note -d title=done", "PUSHBULLET_TOKEN={v}"]),
    "adafruit": (lambda r: f"aio_{_c(r, 28, string.ascii_letters + string.digits)}",
                 ['#define IO_KEY "{v}"', "ADAFRUIT_IO_KEY={v}"]),
    "gocardless": (lambda r: f"live_{_c(r, 40, WORD)}", ["GOCARDLESS_ACCESS_TOKEN={v}", "gocardless:\n  access_token: {v}"]),
    "ibm_cloud_iam": (lambda r: _c(r, 44, WORD), ["ibmcloud login --apikey {v} -r eu-de", 'IBM_CLOUD_API_KEY="{v}"']),
    "ibm_cos_hmac": (lambda r: _c(r, 48, HEX), ['"cos_hmac_keys": {{"access_key_id": "a1f3", "secret_access_key": "{v}"}}',
                                                "cos_hmac_secret_access_key={v}"]),
    "softlayer": (lambda r: _c(r, 64, LOWER), ["SOFTLAYER_API_KEY={v}", "[softlayer]\nusername = SL1928374\napi_key = {v}"]),
    "cloudant": (lambda r: _c(r, 64, HEX), ["cloudant_password={v}", 'CLOUDANT_PASSWORD = "{v}"']),
    "cloudant_apikey": (lambda r: _c(r, 24, string.ascii_lowercase), ["cloudant api key: {v}", "cloudant_api_key={v}"]),
    "putty_ppk": (_ppk_private, ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ana@laptop\nPublic-Lines: 2\n"
                                 "AAAAC3NzaC1lZDI1NTE5AAAAIB3k\nQ0Zq2wVb1mX4c8yT7uJ3pN6rL0sD\nPrivate-Lines: 1\n{v}\n"
                                 "Private-MAC: 3f1a9c0e27b48d6655e0c1b2a7f4e9d8c3b6a5f40e1d2c3b4a5968778695a4b3",
                                 "Private-Lines: 1\n{v}\nPrivate-MAC: 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"]),
    "totp_seed": (_totp, ["otpauth://totp/Fastmail:nadia?secret={v}&issuer=Fastmail&digits=6",
                          "2FA setup key (can't scan the QR): {v}"]),
    "laravel_app_key": (_laravel, ["APP_KEY=base64:{v}", "'key' => env('APP_KEY', 'base64:{v}'),"]),
    "ghost_admin": (lambda r: f"{_c(r, 24, HEX)}:{_c(r, 64, HEX)}", ["GHOST_ADMIN_API_KEY={v}", "Ghost admin key for the newsletter: {v}"]),
    "salesforce": (lambda r: f"00D{_c(r, 12, UPPER)}!AQ{_c(r, 94, string.ascii_letters + string.digits + '._')}",
                   ["sf org display -> Access Token  {v}", "curl https://acme.my.salesforce.com/services/data/v60.0/sobjects -H 'Authorization: Bearer {v}'"]),
    "contentful": (lambda r: f"CFPAT-{_c(r, 43, WORD)}", ["CONTENTFUL_MANAGEMENT_TOKEN={v}", "contentful login --management-token {v}"]),
    "google_chat_webhook": (lambda r: (f"https://chat.googleapis.com/v1/spaces/AAAA{_c(r, 7, string.ascii_letters + string.digits)}/messages"
                                       f"?key=AIzaSy{_c(r, 33, WORD)}&token={_c(r, 43, WORD)}"),
                            ["curl -X POST -H 'Content-Type: application/json' '{v}' -d '{{\"text\": \"deploy done\"}}'",
                             "alert_webhook: {v}"]),
    "mattermost_webhook": (lambda r: f"https://chat.kollektiv.example/hooks/{_c(r, 26, LOWER)}",
                           ["MATTERMOST_HOOK={v}", "incoming webhook for #ops: {v}"]),
    "mollie": (lambda r: f"live_{_c(r, 30, string.ascii_letters + string.digits)}", ["MOLLIE_API_KEY={v}", "$mollie->setApiKey(\"{v}\");"]),
    "paystack": (lambda r: f"sk_live_{_c(r, 40, HEX)}",
                 ["PAYSTACK_SECRET_KEY={v}", 'curl https://api.paystack.co/transaction/verify/ref_99 -H "Authorization: Bearer {v}"']),
    "razorpay_secret": (lambda r: _c(r, 24, string.ascii_letters + string.digits), ["RAZORPAY_KEY_SECRET={v}", "razorpay:\n  key_secret: \"{v}\""]),
    "plaid": (lambda r: _c(r, 30, HEX), ["PLAID_SECRET={v}", '{{"client_id": "6f1e", "secret": "{v}", "access_token": "x"}}']),
    "wandb": (lambda r: _c(r, 40, HEX), ["machine api.wandb.ai\n  login user\n  password {v}", "wandb login {v}"]),
    "kaggle": (lambda r: _c(r, 32, HEX), ['{{"username":"nadiakh","key":"{v}"}}', "export KAGGLE_KEY={v}"]),
    "sidekiq": (lambda r: f"{_c(r, 8, HEX)}:{_c(r, 8, HEX)}", ["BUNDLE_GEMS__CONTRIBSYS__COM={v}", "bundle config --local gems.contribsys.com {v}"]),
    "linode": (lambda r: _c(r, 64, HEX), ["LINODE_CLI_TOKEN={v}", "[DEFAULT]\ndefault-user = nadia\n\n[nadia]\ntoken = {v}"]),
    "hetzner": (lambda r: _c(r, 64, string.ascii_letters + string.digits), ["export HCLOUD_TOKEN={v}", "hcloud_token = \"{v}\""]),
    "scaleway": (_uuid, ["SCW_SECRET_KEY={v}", "scw init secret-key={v}"]),
    "plex": (lambda r: _c(r, 20, WORD), ["http://192.168.1.20:32400/library/sections?X-Plex-Token={v}", "PLEX_TOKEN={v}"]),
    "etherscan": (lambda r: _c(r, 34, UPPER), ["ETHERSCAN_API_KEY={v}", "etherscan: {{ apiKey: \"{v}\" }},"]),
    "zendesk": (lambda r: _c(r, 40, string.ascii_letters + string.digits),
                ["curl https://acme.zendesk.com/api/v2/tickets.json -u support-bot/token:{v}", "ZENDESK_API_TOKEN={v}"]),
    "line_channel": (_line_channel, ["LINE_CHANNEL_ACCESS_TOKEN={v}", "channel access token (long-lived): {v}"]),
    "kakao": (lambda r: _c(r, 32, HEX), ['-H "Authorization: KakaoAK {v}"', "KAKAO_REST_API_KEY={v}"]),
    "wechat": (lambda r: _c(r, 32, HEX), ["https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx5c1f&secret={v}",
                                           "WECHAT_APP_SECRET={v}"]),
    "deepseek": (lambda r: f"sk-{_c(r, 32, HEX)}", ["DEEPSEEK_API_KEY={v}", "client = OpenAI(api_key=\"{v}\", base_url=\"https://api.deepseek.com\")"]),
    "mistral": (lambda r: _c(r, 32, string.ascii_letters + string.digits), ["MISTRAL_API_KEY={v}", "mistral key for le chat api: {v}"]),
    "fireworks": (lambda r: f"fw_{_c(r, 24, string.ascii_letters + string.digits)}", ["FIREWORKS_API_KEY={v}", "fireworks:\n  api_key: {v}"]),
    "together": (lambda r: _c(r, 64, HEX), ["TOGETHER_API_KEY={v}", "together = Together(api_key='{v}')"]),
}
