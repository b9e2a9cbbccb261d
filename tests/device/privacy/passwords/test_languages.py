"""Prose passwords in the languages of ``passwords.languages``: their words for a password, their
verbs for "is" (a made-up value only), and the little words that say whose password it is."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize(("line", "value"), [
    ("Wi-Fi-ի գաղտնաբառը՝ Sevan#4471", "Sevan#4471"),
    ("үйдүн сырсөзү: Ala-Too77", "Ala-Too77"),
    ("šifra za ruter je Lovcen55x", "Lovcen55x"),
    ("kata laluan wifi pejabat: Kinabalu#31", "Kinabalu#31"),
    ("baatu jàll bi (mot de passe) mooy Goree!208", "Goree!208"),
    ("le code du wifi c'est baobab.dakar.17 hein", "baobab.dakar.17"),
    ("ijambo ry'ibanga rya router ni Karisimbi7!", "Karisimbi7!"),
    ("password ya pa router ni Kafue?19", "Kafue?19"),
    ("contra del banco: mango.verde.44", "mango.verde.44"),
    ("屋企wifi密碼係 Tsim#Sha77", "Tsim#Sha77"),
    ("na password ni wifi e Taveuni=44", "Taveuni=44"),
    ("etxeko pasahitza: 21Donostia-", "21Donostia-"),
    ("cyfrinair y llwybrydd yw Eryri#9090", "Eryri#9090"),
    ("il-password tal-router hija Mdina*1530", "Mdina*1530"),
    ("d'Passwuert vum Router ass moselle.vin.31", "moselle.vin.31"),
    ("die wagwoord vir die router is 71Karoo!", "71Karoo!"),
    ("iphasiwedi ye-router ngu drakens.berg.40", "drakens.berg.40"),
    ("furaha sirta ah ee router-ka waa 44Hargeisa~", "44Hargeisa~"),
    ("ny tenimiafin'ny router dia Tsingy#608", "Tsingy#608"),
    ("modpas router a se Citadelle=12", "Citadelle=12"),
    ("router yachay simi: Titicaca^71", "Titicaca^71"),
    ("رمز مودم خونه sabzi.polo.58", "sabzi.polo.58"),
    ("د روټر پټنوم 31KabulPamir= دی", "31KabulPamir="),
    ("пароль ад кампутара nesvizh.mir.62", "nesvizh.mir.62"),
    ("كلمة المرور الجديدة للحساب Petra#5521x", "Petra#5521x"),
    ("ລະຫັດຜ່ານ router ແມ່ນ Mekong#5512", "Mekong#5512"),
    ("ဝိုင်ဖိုင် စကားဝှက် inle.lake.45", "inle.lake.45"),
    ("картанын пин-коду 4096", "4096"),
    ("code secret de la carte : 7305", "7305"),
    ("PIN ya Airtel ni 2718", "2718"),
    ("ລະຫັດ PIN ບັດ ATM 530219", "530219"),
])
def test_password_prose_in_the_table_s_languages(line: str, value: str) -> None:
    assert Redactor("US").redact(line)[0] == line.replace(value, "[secret]")


@pytest.mark.parametrize("line", [
    "le mot de passe c'est bon maintenant",
    "la contraseña se cambió ayer",
    "senha e usuário no cartão",
    "contra todo pronóstico ganamos 2-1",
    "password expired yesterday evening",
    "nenosiri ni wifi",
    "mosquitto_passwd -c /etc/mosquitto/passwd sensor1",
    "пароль от сервера db-01.local",
    "mailctl pw -s SHA512-CRYPT",
])
def test_leaves_sentences_without_a_value(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
