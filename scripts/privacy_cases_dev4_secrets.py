"""Keys and tokens for the dev4 privacy set: formats of services none of tuning, dev2 and dev3 holds
(AI APIs, payments, e-mail, CI, infrastructure, secret managers, analytics, crypto wallets), other
token types of services they do hold (Sentry DSN and org tokens, GCP service-account private keys
and refresh tokens, Slack refresh tokens and signing secrets, Vault batch and legacy tokens,
Doppler personal and service-account tokens, New Relic insert and REST keys, ...), JWTs in odd
places (URL fragments, cookies, kubeconfigs), and bare hex or base64 tokens introduced by words for
key, token or secret in many languages. Each value is made in the shape its issuer documents.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from collections.abc import Callable

from privacy_cases import alnum, digits

HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits
URL_SAFE = B64 + "-_"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _uuid(r: random.Random) -> str:
    return f"{alnum(r, 8, HEX)}-{alnum(r, 4, HEX)}-4{alnum(r, 3, HEX)}-{r.choice('89ab')}{alnum(r, 3, HEX)}-{alnum(r, 12, HEX)}"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _bytes(r: random.Random, n: int) -> bytes:
    return bytes(r.randrange(256) for _ in range(n))


def base58check(payload: bytes) -> str:
    """Bitcoin's Base58Check: the payload and the first 4 bytes of its double SHA-256."""
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, rem = divmod(n, 58)
        out = BASE58[rem] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _wif(r: random.Random) -> str:
    """A compressed-key WIF private key (version 0x80, 32 bytes, 0x01): starts with K or L."""
    return base58check(b"\x80" + _bytes(r, 32) + b"\x01")


def _xprv(r: random.Random) -> str:
    """A BIP32 extended private master key: version, depth 0, no parent, chain code and key."""
    return base58check(bytes.fromhex("0488ade4") + b"\0" * 9 + _bytes(r, 32) + b"\0" + _bytes(r, 32))


def _jwt(r: random.Random, alg: str = "RS256", claims: dict[str, object] | None = None) -> str:
    header = _b64url(json.dumps({"alg": alg, "typ": "JWT", "kid": alnum(r, 8, HEX)}, separators=(",", ":")).encode())
    payload = _b64url(json.dumps(claims or {"sub": _uuid(r), "iat": r.randint(1_760_000_000, 1_790_000_000)},
                                 separators=(",", ":")).encode())
    return f"{header}.{payload}.{_b64url(_bytes(r, 256 if alg.startswith('RS') else 64))}"


def _pem_body(r: random.Random, n: int) -> list[str]:
    text = _b64(_bytes(r, n))
    return [text[i:i + 64] for i in range(0, len(text), 64)]


def _pem(r: random.Random, label: str, n: int = 180) -> str:
    return "\n".join([f"-----BEGIN {label}-----", *_pem_body(r, n), f"-----END {label}-----"])


def _pem_json(r: random.Random, n: int = 900, head: str = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") -> str:
    """A PKCS#8 key as a JSON file holds it (service-account keys, App Store Connect keys): one
    string with escaped newlines."""
    body = "".join(_pem_body(r, n))
    body = head + body[len(head):]
    lines = ["-----BEGIN PRIVATE KEY-----", *(body[i:i + 64] for i in range(0, len(body), 64)), "-----END PRIVATE KEY-----"]
    return "\\n".join(lines)


def _cloudflared(r: random.Random) -> str:
    return _b64(json.dumps({"a": alnum(r, 32, HEX), "t": _uuid(r), "s": _b64(_bytes(r, 32))}, separators=(",", ":")).encode())


def _pgp(r: random.Random) -> str:
    body = _pem_body(r, 220)
    return "\n".join(["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", "lQVYBG" + body[0][6:], *body[1:],
                      "=" + _b64(_bytes(r, 3)), "-----END PGP PRIVATE KEY BLOCK-----"])


def _bearer_b64(r: random.Random) -> str:
    return _b64(f"{alnum(r, 20, B64)}:{alnum(r, 22, URL_SAFE)}".encode())


def _twitter(r: random.Random) -> str:
    return "A" * 22 + alnum(r, 18) + "%2B" + alnum(r, 20) + "%3D" + alnum(r, 50)


def _bitwarden(r: random.Random) -> str:
    return f"0.{_uuid(r)}.{alnum(r, 30)}:{_b64(_bytes(r, 16))}"


# (format, templates, maker): one value per template
KEYS: list[tuple[str, list[str], Callable[[random.Random], str]]] = [
    # AI and ML APIs
    ("replicate", ["replicate.Client(api_token='{v}')"], lambda r: "r8_" + alnum(r, 37)),
    ("pinecone", ["PINECONE_API_KEY: {v}"], lambda r: "pcsk_" + alnum(r, 6) + "_" + alnum(r, 62)),
    ("groq", ["client = Groq(api_key=\"{v}\")"], lambda r: "gsk_" + alnum(r, 52)),
    ("perplexity", ["Authorization: Bearer {v}"], lambda r: "pplx-" + alnum(r, 48)),
    ("openrouter", ["OPENROUTER_API_KEY=\"{v}\""], lambda r: "sk-or-v1-" + alnum(r, 64, HEX)),
    ("xai", ["XAI_API_KEY={v}"], lambda r: "xai-" + alnum(r, 80)),
    ("nvidia", ["api_key: \"{v}\"  # build.nvidia.com"], lambda r: "nvapi-" + alnum(r, 64, URL_SAFE)),
    ("anthropic_admin", ["x-api-key: {v}"], lambda r: "sk-ant-admin01-" + alnum(r, 93, URL_SAFE) + "AA"),
    ("openai_service", ["OPENAI_API_KEY={v}"], lambda r: "sk-svcacct-" + alnum(r, 74, URL_SAFE) + "T3BlbkFJ" + alnum(r, 74, URL_SAFE)),
    ("openai_admin", ["curl https://api.openai.com/v1/organization/users -H \"Authorization: Bearer {v}\""],
     lambda r: "sk-admin-" + alnum(r, 74, URL_SAFE) + "T3BlbkFJ" + alnum(r, 74, URL_SAFE)),
    ("langsmith", ["LANGSMITH_API_KEY={v}"], lambda r: f"lsv2_{r.choice(['pt', 'sk'])}_{alnum(r, 32, HEX)}_{alnum(r, 10, HEX)}"),
    ("deepl", ["Authorization: DeepL-Auth-Key {v}"], lambda r: _uuid(r) + ":fx"),
    ("elevenlabs", ["xi-api-key: {v}"], lambda r: "sk_" + alnum(r, 48, HEX)),
    ("deepgram", ["Authorization: Token {v}"], lambda r: alnum(r, 40, HEX)),
    ("hf_org", ["HF_TOKEN={v} huggingface-cli upload acme/model ."], lambda r: "api_org_" + alnum(r, 34)),
    # SaaS and collaboration
    ("hubspot", ["HUBSPOT_ACCESS_TOKEN={v}"], lambda r: "pat-na1-" + _uuid(r)),
    ("asana", ["curl -H \"Authorization: Bearer {v}\" https://app.asana.com/api/1.0/users/me"],
     lambda r: f"2/{digits(r, 16)}/{digits(r, 16)}:{alnum(r, 32, HEX)}"),
    ("clickup", ["Authorization: {v}"], lambda r: f"pk_{digits(r, 8)}_{alnum(r, 32, string.ascii_uppercase + string.digits)}"),
    ("trello", ["TRELLO_TOKEN={v}"], lambda r: "ATTA" + alnum(r, 64, HEX) + alnum(r, 8, HEX.upper())),
    ("figma", ["X-Figma-Token: {v}"], lambda r: "figd_" + alnum(r, 40, URL_SAFE)),
    ("bitbucket", ["git clone https://priya:{v}@bitbucket.org/acme/site.git"], lambda r: "ATBB" + alnum(r, 32)),
    ("shopify_custom", ["shopify:\n  access_token: {v}"], lambda r: r.choice(["shpca_", "shppa_"]) + alnum(r, 32, HEX)),
    # payments and commerce
    ("woocommerce", ["WC_CONSUMER_SECRET={v}"], lambda r: "cs_" + alnum(r, 40, HEX)),
    ("mercadopago", ["MERCADOPAGO_ACCESS_TOKEN={v}"], lambda r: f"APP_USR-{digits(r, 16)}-{digits(r, 6)}-{alnum(r, 32, HEX)}-{digits(r, 9)}"),
    ("flutterwave", ["FLW_SECRET_KEY={v}"], lambda r: f"FLWSECK-{alnum(r, 32, HEX)}-X"),
    ("lob", ["curl https://api.lob.com/v1/addresses -u {v}:"], lambda r: "live_" + alnum(r, 35, HEX)),
    ("duffel", ["Authorization: Bearer {v}"], lambda r: "duffel_live_" + alnum(r, 43, URL_SAFE)),
    ("square_access", ["SQUARE_ACCESS_TOKEN={v}"], lambda r: "EAAA" + alnum(r, 60, URL_SAFE)),
    ("paypal", ["PAYPAL_CLIENT_SECRET={v}"], lambda r: "E" + alnum(r, 79, URL_SAFE)),
    ("braintree", ["BRAINTREE_ACCESS_TOKEN={v}"], lambda r: f"access_token$production${alnum(r, 16, HEX)}${alnum(r, 32, HEX)}"),
    # e-mail and messaging
    ("brevo", ["api-key: {v}"], lambda r: f"xkeysib-{alnum(r, 64, HEX)}-{alnum(r, 16)}"),
    ("resend", ["resend.api_key = \"{v}\""], lambda r: f"re_{alnum(r, 8)}_{alnum(r, 24)}"),
    ("postmark", ["X-Postmark-Server-Token: {v}"], _uuid),
    ("mailgun_new", ["MAILGUN_API_KEY={v}"], lambda r: f"{alnum(r, 32, HEX)}-{alnum(r, 8, HEX)}-{alnum(r, 8, HEX)}"),
    ("slack_refresh", ['{{"ok": true, "refresh_token": "{v}"}}'], lambda r: "xoxe-1-" + alnum(r, 140, URL_SAFE)),
    ("slack_workflow", ["curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy done\"}}' {v}"],
     lambda r: f"https://hooks.slack.com/triggers/T0{alnum(r, 8, string.ascii_uppercase + string.digits)}/{digits(r, 13)}/{alnum(r, 32, HEX)}"),
    ("zapier", ["ZAP_HOOK={v}"],
     lambda r: f"https://hooks.zapier.com/hooks/catch/{digits(r, 7)}/{alnum(r, 6, string.ascii_lowercase + string.digits)}/"),
    ("ifttt", ["https://maker.ifttt.com/trigger/door_open/with/key/{v}"], lambda r: alnum(r, 22, URL_SAFE)),
    ("twitch", ["PASS oauth:{v}"], lambda r: alnum(r, 30, string.ascii_lowercase + string.digits)),
    ("twitter_bearer", ["TWITTER_BEARER_TOKEN={v}"], _twitter),
    # CI, registries and developer tools
    ("gitlab_feed", ["https://gitlab.com/dashboard/projects.atom?feed_token={v}"], lambda r: "glft-" + alnum(r, 20, URL_SAFE)),
    ("circleci", ["CIRCLE_TOKEN={v}"], lambda r: f"CCIPAT_{alnum(r, 22)}_{alnum(r, 40, HEX)}"),
    ("sonarqube", ["sonar-scanner -Dsonar.token={v}"], lambda r: r.choice(["squ_", "sqp_"]) + alnum(r, 40, HEX)),
    ("jfrog", ["X-JFrog-Art-Api: {v}"], lambda r: "AKCp8" + alnum(r, 68)),
    ("crates", ["[registry]\ntoken = \"{v}\""], lambda r: "cio" + alnum(r, 32)),
    ("yarn_npm", ['npmAuthToken: "{v}"'], lambda r: "npm_" + alnum(r, 36)),
    ("testpypi", ["uv publish --publish-url https://test.pypi.org/legacy/ --token {v}"],
     lambda r: "pypi-AgENdGVzdC5weXBpLm9yZw" + alnum(r, 80, URL_SAFE)),
    ("dockerhub_org", ["echo \"{v}\" | docker login -u acme --password-stdin"], lambda r: "dckr_oat_" + alnum(r, 32, URL_SAFE)),
    ("jupyter", ["http://127.0.0.1:8888/lab?token={v}"], lambda r: alnum(r, 48, HEX)),
    # infrastructure and cloud
    ("gcp_sa_key", ['  "private_key": "{v}\\n",'], _pem_json),
    ("gcp_refresh", ['  "refresh_token": "{v}",'], lambda r: "1//0" + r.choice("5gc") + alnum(r, 99, URL_SAFE)),
    ("azure_devops", ["AZURE_DEVOPS_EXT_PAT={v} az devops project list"], lambda r: alnum(r, 52, "abcdefghijklmnopqrstuvwxyz234567")),
    ("azure_storage_cli", ["az storage blob upload --account-name priyabk --account-key {v} -c db -f dump.bak"],
     lambda r: alnum(r, 86, B64 + "+/") + "=="),
    ("azure_function", ["https://tether-ingest.azurewebsites.net/api/Ingest?code={v}"], lambda r: alnum(r, 54, URL_SAFE) + "=="),
    ("azure_openai", ["api-key: {v}"], lambda r: alnum(r, 32, HEX)),
    ("aws_secret_s3cfg", ["[default]\nsecret_key = {v}\nhost_base = s3.amazonaws.com"], lambda r: alnum(r, 40, B64 + "/+")),
    ("aws_secret_boto", ["s3 = boto3.client('s3', aws_access_key_id=key_id, aws_secret_access_key='{v}')"], lambda r: alnum(r, 40, B64 + "/+")),
    ("alibaba", ["ALIBABA_CLOUD_ACCESS_KEY_ID={v}"], lambda r: "LTAI" + alnum(r, 20)),
    ("tencent", ["TENCENTCLOUD_SECRET_ID={v}"], lambda r: "AKID" + alnum(r, 32)),
    ("yandex", ["Authorization: Api-Key {v}"], lambda r: r.choice(["y0_", "AQVN"]) + alnum(r, 55, URL_SAFE)),
    ("cloudflare_global", ["X-Auth-Key: {v}"], lambda r: alnum(r, 37, HEX)),
    ("cloudflare_origin_ca", ["CF_ORIGIN_CA_KEY={v}"], lambda r: f"v1.0-{alnum(r, 24, HEX)}-{alnum(r, 146, HEX)}"),
    ("cloudflare_tunnel", ["sudo cloudflared service install {v}"], _cloudflared),
    ("r2_secret", ["[r2]\ntype = s3\nprovider = Cloudflare\nsecret_access_key = {v}"], lambda r: alnum(r, 64, HEX)),
    ("fly", ["FLY_API_TOKEN=\"FlyV1 {v}\""], lambda r: "fm2_" + alnum(r, 180, B64 + "+/") + "="),
    ("heroku_new", ["heroku config:get -a api --token {v}"], lambda r: "HRKU-AA" + alnum(r, 58, URL_SAFE)),
    ("neon", ["NEON_API_KEY={v}"], lambda r: "napi_" + alnum(r, 64, string.ascii_lowercase + string.digits)),
    ("upstash", ["UPSTASH_REDIS_REST_TOKEN=\"{v}\""], lambda r: "AX" + alnum(r, 2) + "ASQgNz" + alnum(r, 60, B64)),
    ("turso", ["TURSO_AUTH_TOKEN={v}"], lambda r: _jwt(r, "EdDSA", {"a": "rw", "iat": r.randint(1_760_000_000, 1_790_000_000), "id": _uuid(r)})),
    ("supabase_secret", ["SUPABASE_SECRET_KEY={v}"], lambda r: "sb_secret_" + alnum(r, 32, URL_SAFE)),
    ("supabase_service_role", ["SUPABASE_SERVICE_ROLE_KEY={v}"],
     lambda r: _jwt(r, "HS256", {"iss": "supabase", "ref": alnum(r, 20, string.ascii_lowercase), "role": "service_role", "iat": 1733000000})),
    ("elastic", ["Authorization: ApiKey {v}"], _bearer_b64),
    ("planetscale_oauth", ["PLANETSCALE_OAUTH_TOKEN={v}"], lambda r: "pscale_oauth_" + alnum(r, 43, URL_SAFE)),
    ("terraform_env", ["TF_TOKEN_app_terraform_io={v} terraform init"], lambda r: alnum(r, 14) + ".atlasv1." + alnum(r, 67)),
    ("tailscale", ["sudo tailscale up --authkey {v}"], lambda r: f"tskey-auth-k{alnum(r, 12)}CNTRL-{alnum(r, 32)}"),
    ("ngrok", ["ngrok config add-authtoken {v}"], lambda r: f"2{alnum(r, 26)}_{alnum(r, 21)}"),
    # secret managers and observability
    ("onepassword_sa", ["OP_SERVICE_ACCOUNT_TOKEN={v}"], lambda r: "ops_eyJ" + alnum(r, 200, URL_SAFE)),
    ("bitwarden_sm", ["BWS_ACCESS_TOKEN={v} bws secret list"], _bitwarden),
    ("doppler_personal", ["doppler configure set token {v}"], lambda r: r.choice(["dp.pt.", "dp.sa."]) + alnum(r, 43)),
    ("vault_batch", ["VAULT_TOKEN={v} vault kv get secret/app"], lambda r: "hvb." + alnum(r, 138, URL_SAFE)),
    ("vault_legacy", ["vault login {v}"], lambda r: "s." + alnum(r, 24)),
    ("sentry_dsn", ['sentry_sdk.init(dsn="https://{v}@o4507123.ingest.us.sentry.io/4507123456789")'], lambda r: alnum(r, 32, HEX)),
    ("sentry_org", ["SENTRY_AUTH_TOKEN={v}"], lambda r: f"sntrys_eyJpYXQiOjE3{alnum(r, 120, B64)}_{alnum(r, 43, B64)}"),
    ("newrelic_insert", ["X-Insert-Key: {v}"], lambda r: "NRII-" + alnum(r, 32, URL_SAFE)),
    ("newrelic_rest", ["X-Api-Key: {v}"], lambda r: "NRRA-" + alnum(r, 42, HEX)),
    ("posthog_personal", ["POSTHOG_PERSONAL_API_KEY={v}"], lambda r: "phx_" + alnum(r, 43)),
    ("launchdarkly", ["LD_SDK_KEY={v}"], lambda r: "sdk-" + _uuid(r)),
    # JWTs in odd places
    ("jwt_fragment", ["https://app.example.org/callback#access_token={v}&token_type=Bearer&expires_in=3600"], _jwt),
    ("jwt_cookie", ["Cookie: theme=dark; auth_token={v}; lang=en"], _jwt),
    ("jwt_kubeconfig", ["users:\n- name: ci\n  user:\n    token: {v}"], _jwt),
    ("jwt_localstorage", ['localStorage.setItem("id_token", "{v}")'], _jwt),
    # keys and wallets
    ("k8s_client_key", ["    client-key-data: {v}"], lambda r: _b64(_pem(r, "RSA PRIVATE KEY", 120).encode())),
    ("pgp_private", ["backup of my signing key (keep offline):\n{v}"], _pgp),
    ("encrypted_key", ["key.pem:\n{v}"], lambda r: _pem(r, "ENCRYPTED PRIVATE KEY")),
    ("dsa_key", ["$ cat ~/.ssh/id_dsa\n{v}"], lambda r: _pem(r, "DSA PRIVATE KEY", 150)),
    ("apple_p8", ['{{"keyId": "2X9R4HXF34", "privateKey": "{v}"}}'], lambda r: _pem_json(r, 138, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")),
    ("wireguard", ["[Interface]\nPrivateKey = {v}\nAddress = 10.8.0.2/24"],
     lambda r: alnum(r, 42, B64 + "+/") + r.choice("AEIMQUYcgkosw048") + "="),
    ("eth_private_key", ["cast wallet address --private-key 0x{v}"], lambda r: alnum(r, 64, HEX)),
    ("btc_wif", ["importprivkey {v} \"savings\" false"], _wif),
    ("btc_xprv", ["xprv: {v}"], _xprv),
]

# bare tokens after a word for key, token or secret, in many languages
TOKEN_SHAPES: list[Callable[[random.Random], str]] = [lambda r: alnum(r, 32, HEX), lambda r: alnum(r, 40, HEX),
                                                      lambda r: alnum(r, 64, HEX), lambda r: _b64(_bytes(r, 32)),
                                                      lambda r: alnum(r, 36, B64)]
WORDED_TOKENS: list[tuple[str, str]] = [
    ("DE", "Zugriffstoken für das Dashboard: {v}"), ("FR", "clé API : {v}"), ("ES", "token de acceso {v}"), ("PT", "chave de API: {v}"),
    ("IT", "chiave API {v}"), ("PL", "klucz API: {v}"), ("TR", "API anahtarı: {v}"), ("FI", "API-avain: {v}"), ("RU", "токен: {v}"),
    ("JP", "APIキー: {v}"), ("CN", "API 密钥：{v}"), ("KR", "API 키: {v}"), ("IL", "מפתח API: {v}"), ("SA", "مفتاح API: {v}"),
    ("VN", "khóa API: {v}"), ("US", "the webhook secret is {v}"), ("GB", "access token → {v}"),
]
