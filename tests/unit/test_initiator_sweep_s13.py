"""The initiator paradigm sweep of session 13: each phrase family of the initiator (at the initiative of
X / X's side; at the request of X; at the invitation of X for a visit or meeting; X called Y, Y received a
call from X) in each of the 15 languages, and negatives that must name no initiator (an invitation to a
future visit, a request made in the call, a project called an initiative, a request of the press, a
meeting hosted without an invitation). Every sentence was written for the test; cells marked "failed
before" named no or the wrong initiator before session 13's changes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text

DAY = dt.date(2024, 9, 10)

CELLS = [
    # en
    pytest.param(
        "en",
        ("Vladimir Putin held a telephone conversation with Xi Jinping at the initiative of the Chinese side."),
        "CHN",
        id="en-a-side",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin had a telephone conversation with President Xi Jinping on "
            "the initiative of the Chinese leader."
        ),
        "CHN",
        id="en-a-adj-leader",
    ),
    pytest.param(
        "en",
        ("At the request of the Russian side, President Xi Jinping held a phone call with President Vladimir Putin."),
        "RUS",
        id="en-b-side",
    ),
    pytest.param(
        "en",
        ("President Xi Jinping spoke by phone with President Vladimir Putin at Putin's request."),
        "RUS",
        id="en-b-poss",
    ),
    pytest.param(
        "en",
        (
            "At the invitation of President Xi Jinping, President Vladimir Putin paid a state "
            "visit to China and held talks with him in Beijing."
        ),
        "CHN",
        id="en-c-visit",
    ),
    pytest.param(
        "en",
        "President Xi Jinping called President Vladimir Putin on Monday to discuss trade.",
        "CHN",
        id="en-d-called",
    ),
    pytest.param(
        "en",
        "President Xi Jinping phoned President Vladimir Putin on Monday.",
        "CHN",
        id="en-d-phoned",
    ),
    pytest.param(
        "en",
        "President Vladimir Putin received a phone call from President Xi Jinping on Monday.",
        "CHN",
        id="en-d-received",
    ),
    pytest.param(
        "en",
        "President Vladimir Putin took a call from Chinese President Xi Jinping.",
        "CHN",
        id="en-d-took",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held talks with President Xi Jinping in Moscow. Xi invited "
            "Putin to visit China next year, and Putin accepted the invitation."
        ),
        None,
        id="en-e-future-inv",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin spoke by phone with President Xi Jinping. Putin asked Xi to "
            "support the initiative on grain."
        ),
        None,
        id="en-e-asked",
    ),
    pytest.param(
        "en",
        ("President Xi Jinping held talks with President Vladimir Putin in Beijing on the Belt and Road Initiative."),
        None,
        id="en-e-project",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. At "
            "the request of journalists, the Kremlin released a photograph of the call."
        ),
        None,
        id="en-e-press",
    ),
    pytest.param(
        "en",
        "President Xi Jinping placed a phone call to President Vladimir Putin on Monday.",
        "CHN",
        id="en-d-placed",
    ),
    pytest.param(
        "en",  # failed before
        "President Vladimir Putin answered a call from President Xi Jinping on Monday.",
        "CHN",
        id="en-d-answered",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a phone call with President Xi Jinping at the request "
            "of his Chinese counterpart."
        ),
        "CHN",
        id="en-b-counterpart",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The conversation took place at the initiative of the Chinese side."
        ),
        "CHN",
        id="en-a-took-place",
    ),
    pytest.param(
        "en",  # failed before
        (
            "President Vladimir Putin held talks with President Xi Jinping in Moscow, and Putin "
            "called Xi his dear friend."
        ),
        None,
        id="en-e-called-him",
    ),
    pytest.param(
        "en",
        ("President Xi Jinping called for restraint in a telephone conversation with President Vladimir Putin."),
        None,
        id="en-e-called-for",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The call was requested by the Chinese side."
        ),
        "CHN",
        id="en-b-requested-by",
    ),
    pytest.param(
        "en",
        ("At President Xi's invitation, President Vladimir Putin travelled to Beijing for talks with Xi Jinping."),
        "CHN",
        id="en-c-poss-title",
    ),
    pytest.param(
        "en",  # failed before
        "President Xi Jinping held a phone call with President Vladimir Putin upon request.",
        "RUS",
        id="en-b-upon-request-bare",
    ),
    pytest.param(
        "en",
        (
            "At the invitation of the Brazilian presidency, Vladimir Putin and Xi Jinping "
            "attended the summit in Rio de Janeiro, where they held talks."
        ),
        None,
        id="en-e-third-party-inv",
    ),
    pytest.param(
        "en",
        "President Vladimir Putin received President Xi Jinping at the Kremlin for talks.",
        None,
        id="en-e-received-at",
    ),
    pytest.param(
        "en",  # failed before
        (
            "At the suggestion of the Chinese side, President Vladimir Putin held a video call "
            "with President Xi Jinping."
        ),
        "CHN",
        id="en-a-suggestion",
    ),
    pytest.param(
        "en",  # failed before
        ("President Vladimir Putin held a video call with President Xi Jinping at Xi's suggestion."),
        "CHN",
        id="en-a-poss-suggestion",
    ),
    pytest.param(
        "en",  # failed before
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The Chinese side initiated the call."
        ),
        "CHN",
        id="en-a-side-initiated",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The Chinese side had requested the call."
        ),
        "CHN",
        id="en-b-side-requested",
    ),
    pytest.param(
        "en",  # failed before
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The initiator of the call was the Chinese side."
        ),
        "CHN",
        id="en-a-initiator-was",
    ),
    pytest.param(
        "en",  # failed before
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. Xi "
            "Jinping will pay a state visit to Russia next year at the invitation of Vladimir "
            "Putin."
        ),
        None,
        id="en-f-future-visit-inv",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping, "
            "who accepted Putin's invitation to visit Russia next year."
        ),
        None,
        id="en-f-accepted",
    ),
    pytest.param(
        "en",  # failed before
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The leaders agreed that, at the invitation of Putin, Xi will visit Russia next year."
        ),
        None,
        id="en-f-leading-future",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The call, held at the request of the Chinese side, covered the upcoming visit to "
            "Moscow."
        ),
        "CHN",
        id="en-f-topic-upcoming",
    ),
    pytest.param(
        "en",
        (
            "At the invitation of President Vladimir Putin, President Xi Jinping is paying a "
            "state visit to Russia and held talks with Putin in the Kremlin."
        ),
        "RUS",
        id="en-f-present-visit",
    ),
    pytest.param(
        "en",
        ("President Vladimir Putin held a telephone conversation with President Xi Jinping on Beijing's initiative."),
        "CHN",
        id="en-a-capital",
    ),
    pytest.param(
        "en",  # failed before
        ("President Vladimir Putin held a telephone conversation with President Xi Jinping. It was Xi's initiative."),
        "CHN",
        id="en-a-it-was",
    ),
    pytest.param(
        "en",  # failed before
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "China was the initiator of the call."
        ),
        "CHN",
        id="en-a-was-initiator",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping. "
            "The conversation was initiated by Beijing."
        ),
        "CHN",
        id="en-a-initiated-capital",
    ),
    pytest.param(
        "en",  # failed before
        (
            "President Vladimir Putin held a telephone conversation with President Xi Jinping at "
            "the request of the other side."
        ),
        "CHN",
        id="en-o-other",
    ),
    pytest.param(
        "en",
        (
            "Prime Minister Fumio Kishida held a telephone talk with President Joseph R. Biden, "
            "Jr. of the United States. The talk was held at the request of the U.S. side."
        ),
        "USA",
        id="en-u-us-side",
    ),
    pytest.param(
        "en",  # failed before
        ("Prime Minister Fumio Kishida held a telephone talk with President Biden at the U.S. side's request."),
        "USA",
        id="en-u-us-poss",
    ),
    pytest.param(
        "en",
        ("President Joe Biden spoke with Prime Minister Keir Starmer at the request of the U.K. side."),
        "GBR",
        id="en-u-uk-side",
    ),
    pytest.param(
        "en",  # failed before
        (
            "Prime Minister Fumio Kishida held a telephone talk with President Yoon Suk Yeol at "
            "the request of the R.O.K. side."
        ),
        "KOR",
        id="en-u-rok-side",
    ),
    pytest.param(
        "en",
        ("Prime Minister Fumio Kishida received a telephone call from U.S. President Joe Biden."),
        "USA",
        id="en-u-call-from-us",
    ),
    pytest.param(
        "en",
        "President Xi Jinping rang President Vladimir Putin on Monday.",
        "CHN",
        id="en-d-rang",
    ),
    pytest.param(
        "en",
        (
            "President Vladimir Putin held talks with President Xi Jinping in Moscow. Xi thanked "
            "Putin for the invitation."
        ),
        "RUS",
        id="en-h-guest-thanks",
    ),
    pytest.param(
        "en",  # failed before
        (
            "On the evening of September 9, President Xi Jinping spoke with Russian President "
            "Vladimir Putin on the phone upon request."
        ),
        "RUS",
        id="en-b-bare-upon-request",
    ),
    pytest.param(
        "en",  # failed before
        ("President Xi Jinping had a phone call with Russian President Vladimir Putin at request."),
        "RUS",
        id="en-b-bare-at-request",
    ),
    pytest.param(
        "en",
        ("President Xi Jinping spoke with President Vladimir Putin on the phone upon request of the Chinese side."),
        "CHN",
        id="en-b-upon-request-of-own",
    ),
    pytest.param(
        "en",
        ("President Vladimir Putin spoke by telephone with President Xi Jinping at the request of the latter."),
        "CHN",
        id="en-l-latter",
    ),
    pytest.param(
        "en",  # failed before
        "The Chinese President, Xi Jinping, telephoned President Vladimir Putin on Monday.",
        "CHN",
        id="en-d-apposition",
    ),
    pytest.param(
        "en",
        (
            "At the invitation of the President of France, Emmanuel Macron, Xi Jinping visited "
            "Paris and held talks with him."
        ),
        "FRA",
        id="en-c-apposition-trailing",
    ),
    pytest.param(
        "en",  # failed before
        ("At the request of the other side, Putin, who was in Sochi, held a telephone conversation with Xi Jinping."),
        "CHN",
        id="en-o-other-then-name",
    ),
    pytest.param(
        "en",  # failed before
        ("Emmanuel Macron, the French President, telephoned Prime Minister Keir Starmer on Monday."),
        "FRA",
        id="en-d-apposition-after",
    ),
    pytest.param(
        "en",
        (
            "Xi Jinping, the Chinese President, said that Vladimir Putin had called for restraint "
            "in their telephone conversation."
        ),
        None,
        id="en-e-apposition-after-other",
    ),
    pytest.param(
        "en",
        (
            "Vladimir Putin, speaking about France, called President Emmanuel Macron a partner in "
            "a telephone conversation held on Monday."
        ),
        None,
        id="en-e-apposition-clause",
    ),
    # ru
    pytest.param(
        "ru",
        (
            "Владимир Путин провёл телефонный разговор с Председателем КНР Си Цзиньпином по "
            "инициативе китайской стороны."
        ),
        "CHN",
        id="ru-a-side",
    ),
    pytest.param(
        "ru",
        ("По инициативе Си Цзиньпина состоялся телефонный разговор Владимира Путина с Председателем КНР."),
        "CHN",
        id="ru-a-leader-gen",
    ),
    pytest.param(
        "ru",
        ("По просьбе российской стороны Си Цзиньпин провёл телефонный разговор с Владимиром Путиным."),
        "RUS",
        id="ru-b-side",
    ),
    pytest.param(
        "ru",  # failed before
        ("Владимир Путин провёл телефонный разговор с Си Цзиньпином по просьбе Председателя КНР."),
        "CHN",
        id="ru-b-title-gen",
    ),
    pytest.param(
        "ru",
        (
            "По приглашению Председателя КНР Си Цзиньпина Владимир Путин находится в Китае с "
            "государственным визитом и провёл с ним переговоры в Пекине."
        ),
        "CHN",
        id="ru-c-visit",
    ),
    pytest.param(
        "ru",
        "Си Цзиньпин позвонил Владимиру Путину.",
        "CHN",
        id="ru-d-called",
    ),
    pytest.param(
        "ru",
        "Владимиру Путину позвонил Си Цзиньпин.",
        "CHN",
        id="ru-d-called-dat-first",
    ),
    pytest.param(
        "ru",
        "Владимир Путин принял телефонный звонок от Си Цзиньпина.",
        "CHN",
        id="ru-d-received",
    ),
    pytest.param(
        "ru",
        (
            "Владимир Путин провёл переговоры с Си Цзиньпином в Москве. Си Цзиньпин пригласил "
            "Путина посетить Китай в следующем году, приглашение было принято."
        ),
        None,
        id="ru-e-future-inv",
    ),
    pytest.param(
        "ru",
        (
            "Владимир Путин провёл телефонный разговор с Си Цзиньпином. Путин попросил Си "
            "Цзиньпина поддержать зерновую инициативу."
        ),
        None,
        id="ru-e-asked",
    ),
    pytest.param(
        "ru",
        ("Владимир Путин провёл переговоры с Си Цзиньпином в Пекине. Обсуждалась инициатива «Один пояс, один путь»."),
        None,
        id="ru-e-project",
    ),
    pytest.param(
        "ru",
        (
            "Владимир Путин провёл телефонный разговор с Си Цзиньпином. По просьбе журналистов "
            "пресс-служба опубликовала фотографию."
        ),
        None,
        id="ru-e-press",
    ),
    pytest.param(
        "ru",
        (
            "Состоялся телефонный разговор Владимира Путина с Председателем КНР Си Цзиньпином. "
            "Разговор прошёл по инициативе китайской стороны."
        ),
        "CHN",
        id="ru-a-took-place",
    ),
    pytest.param(
        "ru",  # failed before
        (
            "По инициативе Председателя Китайской Народной Республики состоялся телефонный "
            "разговор Владимира Путина с Си Цзиньпином."
        ),
        "CHN",
        id="ru-a-title-gen",
    ),
    pytest.param(
        "ru",
        ("По приглашению китайского лидера Владимир Путин посетил Пекин, где провёл переговоры с Си Цзиньпином."),
        "CHN",
        id="ru-c-adj-leader",
    ),
    pytest.param(
        "ru",
        (
            "Владимир Путин провёл переговоры с Си Цзиньпином и принял приглашение Си Цзиньпина "
            "посетить Китай в будущем году."
        ),
        None,
        id="ru-e-accepted-inv",
    ),
    pytest.param(
        "ru",
        (
            "Владимир Путин провёл телефонный разговор с Президентом Франции Эммануэлем Макроном "
            "по просьбе французской стороны."
        ),
        "FRA",
        id="ru-b-side-fr",
    ),
    pytest.param(
        "ru",
        ("По инициативе Франции состоялся телефонный разговор Владимира Путина с Эммануэлем Макроном."),
        "FRA",
        id="ru-a-country-gen",
    ),
    pytest.param(
        "ru",
        ("По приглашению Эммануэля Макрона Владимир Путин прибыл в Париж и провёл с ним переговоры."),
        "FRA",
        id="ru-c-name-gen",
    ),
    pytest.param(
        "ru",
        ("Эммануэль Макрон позвонил Владимиру Путину, чтобы обсудить ситуацию на Ближнем Востоке."),
        "FRA",
        id="ru-d-called-fr",
    ),
    pytest.param(
        "ru",
        "Владимир Путин принял в Кремле Президента Франции Эммануэля Макрона.",
        None,
        id="ru-e-received-kremlin",
    ),
    pytest.param(
        "ru",
        ("В телефонном разговоре с Владимиром Путиным Эммануэль Макрон призвал к прекращению огня."),
        None,
        id="ru-e-called-for",
    ),
    pytest.param(
        "ru",
        ("По предложению китайской стороны Владимир Путин провёл видеоконференцию с Си Цзиньпином."),
        "CHN",
        id="ru-a-proposal",
    ),
    pytest.param(
        "ru",  # failed before
        ("Владимир Путин провёл телефонный разговор с Си Цзиньпином. Инициатором разговора был китайский лидер."),
        "CHN",
        id="ru-a-initiator-byl",
    ),
    pytest.param(
        "ru",  # failed before
        (
            "Владимир Путин провёл телефонный разговор с Си Цзиньпином. Инициатором телефонного "
            "разговора стала китайская сторона."
        ),
        "CHN",
        id="ru-a-initiator-stala-tel",
    ),
    pytest.param(
        "ru",  # failed before
        ("Владимир Путин провёл телефонный разговор с Си Цзиньпином. Разговор инициировала китайская сторона."),
        "CHN",
        id="ru-a-initiirovala",
    ),
    pytest.param(
        "ru",  # failed before
        ("Владимир Путин провёл телефонный разговор с Си Цзиньпином. Китайская сторона инициировала разговор."),
        "CHN",
        id="ru-a-side-initiirovala",
    ),
    pytest.param(
        "ru",  # failed before
        (
            "Владимир Путин провёл телефонный разговор с Си Цзиньпином. Условлено, что Си "
            "Цзиньпин посетит Россию в следующем году по приглашению Владимира Путина."
        ),
        None,
        id="ru-f-future-visit-inv",
    ),
    pytest.param(
        "ru",  # failed before
        (
            "Владимир Путин провёл телефонный разговор с Си Цзиньпином. По приглашению Путина Си "
            "Цзиньпин посетит Россию в следующем году."
        ),
        None,
        id="ru-f-leading-future",
    ),
    pytest.param(
        "ru",
        "Владимир Путин провёл телефонный разговор с Си Цзиньпином по инициативе Пекина.",
        "CHN",
        id="ru-a-capital",
    ),
    pytest.param(
        "ru",
        ("Владимир Путин провёл телефонный разговор с Си Цзиньпином по инициативе обеих сторон."),
        None,
        id="ru-a-nashei-none",
    ),
    pytest.param(
        "ru",
        ("Владимир Путин провёл телефонный разговор с Эммануэлем Макроном по просьбе другой стороны."),
        "FRA",
        id="ru-o-drugoi",
    ),
    pytest.param(
        "ru",
        ("Владимир Путин провёл телефонный разговор с Эммануэлем Макроном по инициативе партнёрской стороны."),
        "FRA",
        id="ru-o-partner",
    ),
    pytest.param(
        "ru",  # failed before
        (
            "Владимир Путин провёл переговоры с Си Цзиньпином в Москве. Си Цзиньпин поблагодарил "
            "за приглашение и тёплый приём."
        ),
        "RUS",
        id="ru-h-guest-thanks",
    ),
    pytest.param(
        "ru",
        (
            "Владимир Путин провёл телефонный разговор с Си Цзиньпином. Си Цзиньпин поблагодарил "
            "за приглашение посетить Россию."
        ),
        None,
        id="ru-h-call-thanks",
    ),
    pytest.param(
        "ru",  # failed before
        "Владимир Путин провёл телефонный разговор с Си Цзиньпином по просьбе последнего.",
        "CHN",
        id="ru-l-latter",
    ),
    # uk
    pytest.param(
        "uk",
        (
            "Президент України Володимир Зеленський провів телефонну розмову з Президентом "
            "Франції Емманюелем Макроном з ініціативи французької сторони."
        ),
        "FRA",
        id="uk-a-side",
    ),
    pytest.param(
        "uk",
        ("За ініціативою Президента Франції Емманюеля Макрона Володимир Зеленський провів з ним телефонну розмову."),
        "FRA",
        id="uk-a-leader",
    ),
    pytest.param(
        "uk",
        ("На прохання Макрона відбулася телефонна розмова Володимира Зеленського з Президентом Франції."),
        "FRA",
        id="uk-b-leader",
    ),
    pytest.param(
        "uk",
        ("На прохання української сторони Володимир Зеленський провів телефонну розмову з Емманюелем Макроном."),
        "UKR",
        id="uk-b-side",
    ),
    pytest.param(
        "uk",
        (
            "На запрошення Президента Франції Емманюеля Макрона Володимир Зеленський перебуває з "
            "візитом у Парижі, де провів з ним переговори."
        ),
        "FRA",
        id="uk-c-visit",
    ),
    pytest.param(
        "uk",
        "Емманюель Макрон зателефонував Володимиру Зеленському.",
        "FRA",
        id="uk-d-called",
    ),
    pytest.param(
        "uk",
        "Володимиру Зеленському зателефонував Президент Франції Емманюель Макрон.",
        "FRA",
        id="uk-d-called-dat-first",
    ),
    pytest.param(
        "uk",
        (
            "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном. Зеленський "
            "запросив Макрона відвідати Україну."
        ),
        None,
        id="uk-e-future-inv",
    ),
    pytest.param(
        "uk",
        (
            "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном. Зеленський "
            "попросив Макрона посилити ППО."
        ),
        None,
        id="uk-e-asked",
    ),
    pytest.param(
        "uk",
        ("Володимир Зеленський провів телефонну розмову з Емманюелем Макроном щодо зернової ініціативи."),
        None,
        id="uk-e-project",
    ),
    pytest.param(
        "uk",
        ("Володимир Зеленський провів телефонну розмову з Емманюелем Макроном на прохання Президента Франції."),
        "FRA",
        id="uk-b-title-gen",
    ),
    pytest.param(
        "uk",
        ("За ініціативи французької сторони Володимир Зеленський провів телефонну розмову з Емманюелем Макроном."),
        "FRA",
        id="uk-a-side-gen2",
    ),
    pytest.param(
        "uk",
        (
            "На запрошення французької сторони Володимир Зеленський прибув до Парижа та провів "
            "переговори з Емманюелем Макроном."
        ),
        "FRA",
        id="uk-c-side",
    ),
    pytest.param(
        "uk",
        ("З ініціативи Франції відбулася телефонна розмова Володимира Зеленського з Емманюелем Макроном."),
        "FRA",
        id="uk-a-country",
    ),
    pytest.param(
        "uk",
        "Емманюель Макрон зателефонував Президентові України Володимиру Зеленському.",
        "FRA",
        id="uk-d-called-back",
    ),
    pytest.param(
        "uk",
        (
            "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном. Ініціатором "
            "розмови виступила французька сторона."
        ),
        "FRA",
        id="uk-a-initiator",
    ),
    pytest.param(
        "uk",  # failed before
        (
            "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном. Ініціатором "
            "розмови був Президент Франції."
        ),
        "FRA",
        id="uk-a-initiator-buv",
    ),
    pytest.param(
        "uk",  # failed before
        (
            "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном. Макрон відвідає "
            "Україну наступного місяця на запрошення Зеленського."
        ),
        None,
        id="uk-f-future-visit-inv",
    ),
    pytest.param(
        "uk",
        ("Володимир Зеленський провів телефонну розмову з Емманюелем Макроном з ініціативи Парижа."),
        "FRA",
        id="uk-a-capital",
    ),
    pytest.param(
        "uk",
        ("Володимир Зеленський провів телефонну розмову з Емманюелем Макроном з ініціативи партнерської сторони."),
        "FRA",
        id="uk-o-partner",
    ),
    pytest.param(
        "uk",
        (
            "Президент Франції зателефонував Володимиру Зеленському, щоб обговорити ситуацію; "
            "Емманюель Макрон висловив підтримку."
        ),
        "FRA",
        id="uk-d-zatelefonuvav-title",
    ),
    pytest.param(
        "uk",  # failed before
        ("Володимир Зеленський провів переговори з Емманюелем Макроном у Києві. Макрон подякував за запрошення."),
        "UKR",
        id="uk-h-guest-thanks",
    ),
    pytest.param(
        "uk",  # failed before
        ("Володимир Зеленський провів телефонну розмову з Емманюелем Макроном на прохання останнього."),
        "FRA",
        id="uk-l-latter",
    ),
    # zh
    pytest.param(
        "zh",
        "应俄方请求，国家主席习近平同俄罗斯总统普京通电话。",
        "RUS",
        id="zh-b-side",
    ),
    pytest.param(
        "zh",
        "国家主席习近平应约同俄罗斯总统普京通电话。",
        "RUS",
        id="zh-b-yingyue",
    ),
    pytest.param(
        "zh",
        "应普京总统请求，国家主席习近平同他通电话。",
        "RUS",
        id="zh-b-leader",
    ),
    pytest.param(
        "zh",  # failed before
        "在俄方倡议下，国家主席习近平同俄罗斯总统普京通电话。",
        "RUS",
        id="zh-a-side",
    ),
    pytest.param(
        "zh",
        "应俄罗斯总统普京邀请，国家主席习近平对俄罗斯进行国事访问，并同普京举行会谈。",
        "RUS",
        id="zh-c-visit",
    ),
    pytest.param(
        "zh",
        "俄罗斯总统普京给国家主席习近平打电话。",
        "RUS",
        id="zh-d-dadianhua",
    ),
    pytest.param(
        "zh",  # failed before
        "国家主席习近平接到俄罗斯总统普京打来的电话。",
        "RUS",
        id="zh-d-received",
    ),
    pytest.param(
        "zh",
        ("国家主席习近平同俄罗斯总统普京举行会谈。习近平邀请普京明年访华，普京愉快接受邀请。"),
        None,
        id="zh-e-future-inv",
    ),
    pytest.param(
        "zh",
        "国家主席习近平同俄罗斯总统普京举行会谈，双方讨论了共建“一带一路”倡议。",
        None,
        id="zh-e-project",
    ),
    pytest.param(
        "zh",
        "应俄方要求，国家主席习近平同俄罗斯总统普京通电话。",
        "RUS",
        id="zh-b-yaoqiu",
    ),
    pytest.param(
        "zh",
        "应普京总统邀请，习近平主席对俄罗斯进行国事访问，同普京总统举行会谈。",
        "RUS",
        id="zh-c-leader-title",
    ),
    pytest.param(
        "zh",
        "应美方邀请，国家主席习近平对美国进行国事访问，同美国总统拜登举行会谈。",
        "USA",
        id="zh-c-side",
    ),
    pytest.param(
        "zh",
        "国家主席习近平在北京人民大会堂同俄罗斯总统普京举行会谈。",
        None,
        id="zh-e-hosted",
    ),
    pytest.param(
        "zh",  # failed before
        "国家主席习近平同俄罗斯总统普京通电话。此次通话由俄方主动提出。",
        "RUS",
        id="zh-a-zhudong",
    ),
    pytest.param(
        "zh",  # failed before
        "国家主席习近平同俄罗斯总统普京通电话。双方商定，普京将于明年应习近平邀请访华。",
        None,
        id="zh-f-future-visit-inv",
    ),
    pytest.param(
        "zh",  # failed before
        "国家主席习近平同俄罗斯总统普京通电话。应习近平邀请，普京将于明年访华。",
        None,
        id="zh-f-leading-future",
    ),
    pytest.param(
        "zh",
        "应乌克兰方面请求，国家主席习近平同俄罗斯总统普京通电话。",
        None,
        id="zh-g-third-request",
    ),
    pytest.param(
        "zh",
        "国家主席习近平应对方请求同俄罗斯总统普京通电话。",
        "RUS",
        id="zh-o-duifang",
    ),
    pytest.param(
        "zh",  # failed before
        "应我方邀请，俄罗斯总统普京对中国进行国事访问，国家主席习近平同他举行会谈。",
        "CHN",
        id="zh-o-wofang",
    ),
    pytest.param(
        "zh",  # failed before
        "俄罗斯总统普京打来电话，国家主席习近平同他通电话。",
        "RUS",
        id="zh-d-dalai",
    ),
    pytest.param(
        "zh",
        "国家主席习近平接到俄罗斯总统普京来电。",
        "RUS",
        id="zh-d-laidian",
    ),
    pytest.param(
        "zh",  # failed before
        "国家主席习近平在北京同俄罗斯总统普京举行会谈。普京对邀请表示感谢。",
        "CHN",
        id="zh-h-guest-thanks",
    ),
    pytest.param(
        "zh",
        "国家主席习近平应普京总统请求同其通电话。",
        "RUS",
        id="zh-l-qi",
    ),
    # zh-Hant
    pytest.param(
        "zh",
        "應俄方請求，國家主席習近平同俄羅斯總統普丁通電話。",
        "RUS",
        id="zh-Hant-b-side",
    ),
    pytest.param(
        "zh",
        "國家主席習近平應約同俄羅斯總統普丁通電話。",
        "RUS",
        id="zh-Hant-b-yingyue",
    ),
    pytest.param(
        "zh",
        "應俄羅斯總統普丁邀請，國家主席習近平對俄羅斯進行國事訪問，並同普丁舉行會談。",
        "RUS",
        id="zh-Hant-c-visit",
    ),
    pytest.param(
        "zh",  # failed before
        "國家主席習近平接到俄羅斯總統普丁打來的電話。",
        "RUS",
        id="zh-Hant-d-received",
    ),
    pytest.param(
        "zh",
        ("國家主席習近平同俄羅斯總統普丁舉行會談。習近平邀請普丁明年訪華，普丁愉快接受邀請。"),
        None,
        id="zh-Hant-e-future-inv",
    ),
    pytest.param(
        "zh",
        "國家主席習近平同俄羅斯總統普丁舉行會談，雙方討論了共建「一帶一路」倡議。",
        None,
        id="zh-Hant-e-project",
    ),
    pytest.param(
        "zh",
        "應普丁總統請求，國家主席習近平同他通電話。",
        "RUS",
        id="zh-Hant-b-leader",
    ),
    pytest.param(
        "zh",  # failed before
        "在俄方倡議下，國家主席習近平同俄羅斯總統普丁通電話。",
        "RUS",
        id="zh-Hant-a-side",
    ),
    # ja
    pytest.param(
        "ja",
        ("岸田総理大臣は、バイデン米国大統領と電話会談を行いました。本件電話会談は米国側の発意によるものです。"),
        "USA",
        id="ja-a-side",
    ),
    pytest.param(
        "ja",
        "米国側の要請により、岸田総理大臣はバイデン大統領と電話会談を行いました。",
        "USA",
        id="ja-b-side",
    ),
    pytest.param(
        "ja",
        "岸田総理大臣は、バイデン大統領からの要請を受け、電話会談を行いました。",
        "USA",
        id="ja-b-leader",
    ),
    pytest.param(
        "ja",
        ("岸田総理大臣は、バイデン大統領の招待により米国を公式訪問し、首脳会談を行いました。"),
        "USA",
        id="ja-c-visit",
    ),
    pytest.param(
        "ja",
        "バイデン大統領から岸田総理大臣に電話があり、電話会談を行いました。",
        "USA",
        id="ja-d-call-from",
    ),
    pytest.param(
        "ja",
        "岸田総理大臣は、バイデン大統領からの電話を受け、電話会談を行いました。",
        "USA",
        id="ja-d-received",
    ),
    pytest.param(
        "ja",
        ("岸田総理大臣はバイデン大統領と首脳会談を行いました。岸田総理大臣はバイデン大統領を日本に招待しました。"),
        None,
        id="ja-e-future-inv",
    ),
    pytest.param(
        "ja",
        ("岸田総理大臣はバイデン大統領と電話会談を行い、バイデン大統領に協力を要請しました。"),
        None,
        id="ja-e-asked",
    ),
    pytest.param(
        "ja",
        ("岸田総理大臣はバイデン大統領と首脳会談を行い、気候変動に関するイニシアティブについて議論しました。"),
        None,
        id="ja-e-project",
    ),
    pytest.param(
        "ja",
        ("岸田総理大臣は、米国側からの申し入れにより、バイデン大統領と電話会談を行いました。"),
        "USA",
        id="ja-b-moushiire",
    ),
    pytest.param(
        "ja",
        "岸田総理大臣は、バイデン大統領の招待を受けて米国を訪問し、首脳会談を行いました。",
        "USA",
        id="ja-c-invitation-uke",
    ),
    pytest.param(
        "ja",
        "米国側からの要請に基づき、岸田総理大臣はバイデン大統領と電話会談を行いました。",
        "USA",
        id="ja-b-side-motozuki",
    ),
    pytest.param(
        "ja",
        "岸田総理大臣は、バイデン大統領の要請により、同大統領と電話会談を行いました。",
        "USA",
        id="ja-b-leader-no",
    ),
    pytest.param(
        "ja",
        ("岸田総理大臣は、バイデン大統領と電話会談を行いました。今回の電話会談は米国側の発意により行われました。"),
        "USA",
        id="ja-a-hatsui",
    ),
    pytest.param(
        "ja",  # failed before
        (
            "岸田総理大臣はバイデン大統領と電話会談を行いました。バイデン大統領は来年、岸田総"
            "理大臣の招待により訪日する予定です。"
        ),
        None,
        id="ja-f-future-visit-inv",
    ),
    pytest.param(
        "ja",
        "バイデン大統領から岸田総理大臣に折り返し電話があり、電話会談を行いました。",
        None,
        id="ja-g-returned",
    ),
    pytest.param(
        "ja",
        "岸田総理大臣は、先方からの要請により、バイデン大統領と電話会談を行いました。",
        "USA",
        id="ja-o-senpou",
    ),
    pytest.param(
        "ja",  # failed before
        ("岸田総理大臣は、我が方からの申し入れにより、バイデン大統領と電話会談を行いました。"),
        "JPN",
        id="ja-o-wagahou",
    ),
    pytest.param(
        "ja",
        "バイデン大統領が岸田総理大臣に電話をかけ、電話会談が行われました。",
        "USA",
        id="ja-d-denwa-kake",
    ),
    pytest.param(
        "ja",  # failed before
        ("岸田総理大臣は東京でバイデン大統領と首脳会談を行いました。バイデン大統領は招待に謝意を表明しました。"),
        "JPN",
        id="ja-h-guest-thanks",
    ),
    pytest.param(
        "ja",
        ("岸田総理大臣はバイデン大統領と電話会談を行いました。本電話会談は同大統領の要請により行われました。"),
        "USA",
        id="ja-l-dou",
    ),
    # ko
    pytest.param(
        "ko",
        "윤석열 대통령은 미국 측의 요청으로 바이든 대통령과 전화 통화를 했다.",
        "USA",
        id="ko-b-side",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령의 요청으로 통화를 가졌다.",
        "USA",
        id="ko-b-leader",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 미국 측 요청에 따라 바이든 대통령과 통화했다.",
        "USA",
        id="ko-b-side-ttara",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령의 초청으로 미국을 국빈 방문해 정상회담을 가졌다.",
        "USA",
        id="ko-c-visit",
    ),
    pytest.param(
        "ko",
        "바이든 대통령이 윤석열 대통령에게 전화를 걸어 통화했다.",
        "USA",
        id="ko-d-called",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령과 정상회담을 가졌다. 윤 대통령은 바이든 대통령의 방한을 초청했다.",
        None,
        id="ko-e-future-inv",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령과 통화하며 협력을 요청했다.",
        None,
        id="ko-e-asked",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령과 정상회담을 갖고 인도태평양 이니셔티브를 논의했다.",
        None,
        id="ko-e-project",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령 요청으로 전화 통화를 했다.",
        "USA",
        id="ko-b-no-ui",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 미국 측의 제의로 바이든 대통령과 통화했다.",
        "USA",
        id="ko-a-jeui",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령의 전화를 받고 통화했다.",
        "USA",
        id="ko-d-received",
    ),
    pytest.param(
        "ko",  # failed before
        "윤석열 대통령은 바이든 대통령 초청으로 미국을 방문해 정상회담을 가졌다.",
        "USA",
        id="ko-c-no-ui",
    ),
    pytest.param(
        "ko",  # failed before
        "윤석열 대통령은 미국 측 제안으로 바이든 대통령과 통화했다.",
        "USA",
        id="ko-a-side-jean",
    ),
    pytest.param(
        "ko",  # failed before
        "윤석열 대통령은 바이든 대통령과 전화 통화를 가졌다. 이번 통화는 바이든 대통령이 요청해 이뤄졌다.",
        "USA",
        id="ko-b-requested-verb",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 바이든 대통령과 통화했다. 이번 통화는 미국 측의 요청에 따라 이뤄졌다.",
        "USA",
        id="ko-b-yocheong-ttara-ittwo",
    ),
    pytest.param(
        "ko",  # failed before
        "윤석열 대통령은 바이든 대통령과 통화했다. 바이든 대통령은 윤 대통령의 초청으로 내년에 한국을 방문할 예정이다.",
        None,
        id="ko-f-future-visit-inv",
    ),
    pytest.param(
        "ko",
        "바이든 대통령이 윤석열 대통령에게 답신 전화를 걸어 통화했다.",
        None,
        id="ko-g-returned",
    ),
    pytest.param(
        "ko",
        "윤석열 대통령은 우리 측 요청으로 바이든 대통령과 전화 통화를 했다.",
        "KOR",
        id="ko-o-uri",
    ),
    pytest.param(
        "ko",  # failed before
        "바이든 대통령이 전화를 걸어와 윤석열 대통령과 통화했다.",
        "USA",
        id="ko-d-georeowa",
    ),
    pytest.param(
        "ko",  # failed before
        "윤석열 대통령은 서울에서 바이든 대통령과 정상회담을 가졌다. 바이든 대통령은 초청에 감사를 표했다.",
        "KOR",
        id="ko-h-guest-thanks",
    ),
    # es
    pytest.param(
        "es",
        (
            "El presidente del Gobierno, Pedro Sánchez, mantuvo una conversación telefónica con "
            "el presidente de Francia, Emmanuel Macron, a iniciativa de la parte francesa."
        ),
        "FRA",
        id="es-a-side",
    ),
    pytest.param(
        "es",
        ("A iniciativa de Macron, Pedro Sánchez y el presidente francés conversaron por teléfono."),
        "FRA",
        id="es-a-leader",
    ),
    pytest.param(
        "es",
        ("A petición de la parte española, Pedro Sánchez habló por teléfono con Emmanuel Macron."),
        "ESP",
        id="es-b-side",
    ),
    pytest.param(
        "es",
        ("Pedro Sánchez habló por teléfono con Emmanuel Macron a solicitud del presidente francés."),
        "FRA",
        id="es-b-title",
    ),
    pytest.param(
        "es",
        (
            "Por invitación del presidente Emmanuel Macron, Pedro Sánchez realizó una visita "
            "oficial a Francia y se reunió con él en París."
        ),
        "FRA",
        id="es-c-visit",
    ),
    pytest.param(
        "es",
        "Emmanuel Macron llamó por teléfono a Pedro Sánchez este lunes.",
        "FRA",
        id="es-d-called",
    ),
    pytest.param(
        "es",
        "Pedro Sánchez recibió una llamada telefónica de Emmanuel Macron.",
        "FRA",
        id="es-d-received",
    ),
    pytest.param(
        "es",
        (
            "Pedro Sánchez se reunió con Emmanuel Macron en Madrid. Macron invitó a Sánchez a "
            "visitar Francia el próximo año."
        ),
        None,
        id="es-e-future-inv",
    ),
    pytest.param(
        "es",
        ("Pedro Sánchez habló por teléfono con Emmanuel Macron y le pidió apoyo para la iniciativa europea."),
        None,
        id="es-e-asked",
    ),
    pytest.param(
        "es",
        (
            "Pedro Sánchez se reunió con Emmanuel Macron en París. A petición de los periodistas, "
            "ambos posaron para una foto."
        ),
        None,
        id="es-e-press",
    ),
    pytest.param(
        "es",
        ("Pedro Sánchez conversó por teléfono con Emmanuel Macron a pedido del presidente francés."),
        "FRA",
        id="es-b-pedido",
    ),
    pytest.param(
        "es",
        ("Pedro Sánchez conversó por teléfono con Emmanuel Macron a instancias de la parte francesa."),
        "FRA",
        id="es-b-instancias",
    ),
    pytest.param(
        "es",
        "Pedro Sánchez recibió la llamada del presidente francés, Emmanuel Macron.",
        "FRA",
        id="es-d-received-la",
    ),
    pytest.param(
        "es",
        ("A invitación del presidente francés, Emmanuel Macron, Pedro Sánchez viajó a París y se reunió con él."),
        "FRA",
        id="es-c-invitacion-a",
    ),
    pytest.param(
        "es",  # failed before
        ("Pedro Sánchez mantuvo una conversación telefónica con Emmanuel Macron a iniciativa francesa."),
        "FRA",
        id="es-a-adj",
    ),
    pytest.param(
        "es",
        ("A iniciativa del mandatario francés, Pedro Sánchez conversó por teléfono con Emmanuel Macron."),
        "FRA",
        id="es-a-mandatario",
    ),
    pytest.param(
        "es",
        "Pedro Sánchez recibió en La Moncloa al presidente de Francia, Emmanuel Macron.",
        None,
        id="es-e-recibio-en",
    ),
    pytest.param(
        "es",  # failed before
        ("El presidente francés, Emmanuel Macron, llamó a Pedro Sánchez para hablar de la situación en Oriente Medio."),
        "FRA",
        id="es-d-llamo-a",
    ),
    pytest.param(
        "es",  # failed before
        ("A sugerencia del presidente francés, Pedro Sánchez mantuvo una videoconferencia con Emmanuel Macron."),
        "FRA",
        id="es-a-sugerencia",
    ),
    pytest.param(
        "es",
        (
            "Pedro Sánchez habló por teléfono con Emmanuel Macron. La iniciativa de la llamada "
            "partió de la parte francesa."
        ),
        "FRA",
        id="es-a-iniciativa-partio",
    ),
    pytest.param(
        "es",
        ("Pedro Sánchez habló por teléfono con Emmanuel Macron. Fue el presidente francés quien solicitó la llamada."),
        "FRA",
        id="es-b-solicito-la-llamada",
    ),
    pytest.param(
        "es",  # failed before
        (
            "Pedro Sánchez habló por teléfono con Emmanuel Macron. Macron visitará España el "
            "próximo mes por invitación de Sánchez."
        ),
        None,
        id="es-f-future-visit-inv",
    ),
    pytest.param(
        "es",  # failed before
        (
            "Pedro Sánchez habló por teléfono con Emmanuel Macron. Por invitación de Sánchez, "
            "Macron visitará España el próximo mes."
        ),
        None,
        id="es-f-leading-future",
    ),
    pytest.param(
        "es",
        "Pedro Sánchez habló por teléfono con Emmanuel Macron a petición de París.",
        "FRA",
        id="es-a-capital",
    ),
    pytest.param(
        "es",  # failed before
        "Pedro Sánchez habló por teléfono con Emmanuel Macron a petición de la otra parte.",
        "FRA",
        id="es-o-otra",
    ),
    pytest.param(
        "es",
        "Emmanuel Macron telefoneó a Pedro Sánchez este lunes.",
        "FRA",
        id="es-d-telefoneo",
    ),
    pytest.param(
        "es",  # failed before
        ("Pedro Sánchez se reunió con Emmanuel Macron en Madrid. Macron agradeció la invitación y la hospitalidad."),
        "ESP",
        id="es-h-guest-thanks",
    ),
    pytest.param(
        "es",
        ("Pedro Sánchez habló por teléfono con Emmanuel Macron. Macron agradeció la invitación a visitar España."),
        None,
        id="es-h-call-thanks",
    ),
    pytest.param(
        "es",
        "Pedro Sánchez habló por teléfono con Emmanuel Macron a petición de este.",
        "FRA",
        id="es-l-latter",
    ),
    pytest.param(
        "es",  # failed before
        "Pedro Sánchez habló por teléfono con Emmanuel Macron a petición del último.",
        "FRA",
        id="es-l-latter-ultimo",
    ),
    pytest.param(
        "es",  # failed before
        ("El presidente francés, Emmanuel Macron, llamó a Pedro Sánchez para felicitarlo por su victoria electoral."),
        "FRA",
        id="es-d-llamo-a-2",
    ),
    pytest.param(
        "es",
        "Emmanuel Macron llamó al presidente del Gobierno, Pedro Sánchez, este lunes.",
        "FRA",
        id="es-d-llamo-al",
    ),
    pytest.param(
        "es",  # failed before
        ("Pedro Sánchez habló por teléfono con Emmanuel Macron. Sánchez llamó a Macron a apoyar la propuesta europea."),
        None,
        id="es-e-llamo-a-urge",
    ),
    pytest.param(
        "es",
        ("Pedro Sánchez se reunió con Emmanuel Macron en París y llamó a la calma en la región."),
        None,
        id="es-e-llamo-a-calma",
    ),
    pytest.param(
        "es",  # failed before
        ("Emmanuel Macron, presidente de Francia, llamó por teléfono a Pedro Sánchez este lunes."),
        "FRA",
        id="es-d-apposition-after",
    ),
    # fr
    pytest.param(
        "fr",
        (
            "Le président de la République, Emmanuel Macron, s'est entretenu par téléphone avec "
            "le chancelier Olaf Scholz à l'initiative de la partie allemande."
        ),
        "DEU",
        id="fr-a-side",
    ),
    pytest.param(
        "fr",
        ("À l'initiative du chancelier allemand, Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz."),
        "DEU",
        id="fr-a-title",
    ),
    pytest.param(
        "fr",
        ("À la demande de la partie française, Emmanuel Macron a eu un entretien téléphonique avec Olaf Scholz."),
        "FRA",
        id="fr-b-side",
    ),
    pytest.param(
        "fr",  # failed before
        ("Emmanuel Macron s'est entretenu par téléphone avec le chancelier Olaf Scholz, à la demande d'Olaf Scholz."),
        "DEU",
        id="fr-b-elided",
    ),
    pytest.param(
        "fr",
        (
            "Sur invitation du chancelier Olaf Scholz, Emmanuel Macron s'est rendu à Berlin où "
            "les deux dirigeants ont eu un entretien."
        ),
        "DEU",
        id="fr-c-visit",
    ),
    pytest.param(
        "fr",
        "Olaf Scholz a appelé Emmanuel Macron lundi.",
        "DEU",
        id="fr-d-called",
    ),
    pytest.param(
        "fr",  # failed before
        "Emmanuel Macron a reçu un appel téléphonique d'Olaf Scholz.",
        "DEU",
        id="fr-d-received",
    ),
    pytest.param(
        "fr",
        ("Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Il l'a invité à se rendre à Marseille l'an prochain."),
        None,
        id="fr-e-future-inv",
    ),
    pytest.param(
        "fr",
        (
            "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz et lui a demandé de "
            "soutenir l'initiative européenne."
        ),
        None,
        id="fr-e-asked",
    ),
    pytest.param(
        "fr",
        "Emmanuel Macron a reçu un appel téléphonique du chancelier Olaf Scholz.",
        "DEU",
        id="fr-d-received-du",
    ),
    pytest.param(
        "fr",
        ("À l'invitation du chancelier Olaf Scholz, Emmanuel Macron s'est rendu à Berlin et s'est entretenu avec lui."),
        "DEU",
        id="fr-c-invitation-du",
    ),
    pytest.param(
        "fr",
        ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz à la demande du chancelier allemand."),
        "DEU",
        id="fr-b-demande-du",
    ),
    pytest.param(
        "fr",
        "Emmanuel Macron a reçu un appel du chancelier allemand, Olaf Scholz.",
        "DEU",
        id="fr-d-appel-du-title",
    ),
    pytest.param(
        "fr",
        (
            "Emmanuel Macron s'est rendu à Berlin à l'invitation de son homologue allemand, Olaf "
            "Scholz, avec qui il s'est entretenu."
        ),
        "DEU",
        id="fr-c-homologue",
    ),
    pytest.param(
        "fr",  # failed before
        ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz à l'initiative allemande."),
        "DEU",
        id="fr-a-adj",
    ),
    pytest.param(
        "fr",
        ("Sur proposition du chancelier allemand, Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz."),
        "DEU",
        id="fr-a-proposition",
    ),
    pytest.param(
        "fr",  # failed before
        (
            "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz. L'initiative de cet "
            "appel revenait à la partie allemande."
        ),
        "DEU",
        id="fr-a-initiative-venait",
    ),
    pytest.param(
        "fr",  # failed before
        (
            "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz. Le chancelier se "
            "rendra à Paris le mois prochain à l'invitation du président."
        ),
        None,
        id="fr-f-future-visit-inv",
    ),
    pytest.param(
        "fr",
        (
            "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz. Cet entretien, qui "
            "s'est déroulé à l'initiative du chancelier allemand, a porté sur la prochaine visite "
            "du président à Berlin."
        ),
        "DEU",
        id="fr-f-topic-prochaine",
    ),
    pytest.param(
        "fr",
        ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz à la demande de Berlin."),
        "DEU",
        id="fr-a-capital",
    ),
    pytest.param(
        "fr",
        ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz à la demande de l'autre partie."),
        "DEU",
        id="fr-o-autre",
    ),
    pytest.param(
        "fr",
        "Olaf Scholz a téléphoné à Emmanuel Macron lundi.",
        "DEU",
        id="fr-d-telephone-a",
    ),
    pytest.param(
        "fr",  # failed before
        ("Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Olaf Scholz a remercié pour l'invitation."),
        "FRA",
        id="fr-h-guest-thanks",
    ),
    pytest.param(
        "fr",
        (
            "Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Olaf Scholz a remercié pour "
            "l'invitation et se rendra à Marseille l'an prochain."
        ),
        None,
        id="fr-h-future-thanks",
    ),
    pytest.param(
        "fr",
        ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz à la demande de ce dernier."),
        "DEU",
        id="fr-l-latter",
    ),
    pytest.param(
        "fr",  # failed before
        "Le chancelier allemand, Olaf Scholz, a appelé Emmanuel Macron lundi.",
        "DEU",
        id="fr-d-apposition",
    ),
    # de
    pytest.param(
        "de",
        (
            "Bundeskanzler Olaf Scholz hat auf Initiative der französischen Seite mit Präsident "
            "Emmanuel Macron telefoniert."
        ),
        "FRA",
        id="de-a-side",
    ),
    pytest.param(
        "de",
        "Auf Initiative von Präsident Macron telefonierte Bundeskanzler Olaf Scholz mit ihm.",
        "FRA",
        id="de-a-leader",
    ),
    pytest.param(
        "de",
        ("Auf Wunsch der deutschen Seite telefonierte Bundeskanzler Olaf Scholz mit Präsident Emmanuel Macron."),
        "DEU",
        id="de-b-side",
    ),
    pytest.param(
        "de",  # failed before
        ("Auf Bitten des französischen Präsidenten telefonierte Bundeskanzler Olaf Scholz mit Emmanuel Macron."),
        "FRA",
        id="de-b-title",
    ),
    pytest.param(
        "de",
        (
            "Auf Einladung von Präsident Emmanuel Macron reiste Bundeskanzler Olaf Scholz nach "
            "Paris und traf ihn zu Gesprächen."
        ),
        "FRA",
        id="de-c-visit",
    ),
    pytest.param(
        "de",
        "Bundeskanzler Olaf Scholz erhielt einen Anruf von Präsident Emmanuel Macron.",
        "FRA",
        id="de-d-received",
    ),
    pytest.param(
        "de",
        (
            "Bundeskanzler Olaf Scholz traf Präsident Emmanuel Macron in Berlin. Scholz lud "
            "Macron zu einem Besuch in Hamburg im nächsten Jahr ein."
        ),
        None,
        id="de-e-future-inv",
    ),
    pytest.param(
        "de",
        ("Bundeskanzler Olaf Scholz telefonierte mit Präsident Emmanuel Macron und bat ihn um Unterstützung."),
        None,
        id="de-e-asked",
    ),
    pytest.param(
        "de",
        "Auf Wunsch von Präsident Macron telefonierte Bundeskanzler Olaf Scholz mit ihm.",
        "FRA",
        id="de-b-wunsch-von",
    ),
    pytest.param(
        "de",
        (
            "Auf Einladung des französischen Präsidenten reiste Bundeskanzler Olaf Scholz nach "
            "Paris und traf Emmanuel Macron."
        ),
        "FRA",
        id="de-c-einladung-des",
    ),
    pytest.param(
        "de",
        "Präsident Emmanuel Macron hat Bundeskanzler Olaf Scholz am Montag angerufen.",
        "FRA",
        id="de-d-called-perfect",
    ),
    pytest.param(
        "de",
        ("Auf Einladung Macrons reiste Bundeskanzler Olaf Scholz nach Paris und traf den Präsidenten zu Gesprächen."),
        "FRA",
        id="de-c-genitive-s",
    ),
    pytest.param(
        "de",
        ("Bundeskanzler Olaf Scholz erhielt einen Anruf des französischen Präsidenten Emmanuel Macron."),
        "FRA",
        id="de-d-anruf-des",
    ),
    pytest.param(
        "de",
        ("Bundeskanzler Olaf Scholz telefonierte auf Wunsch Macrons mit dem französischen Präsidenten."),
        "FRA",
        id="de-b-wunsch-gen-s",
    ),
    pytest.param(
        "de",
        "Auf Vorschlag von Präsident Macron telefonierte Bundeskanzler Olaf Scholz mit ihm.",
        "FRA",
        id="de-a-vorschlag",
    ),
    pytest.param(
        "de",  # failed before
        (
            "Bundeskanzler Olaf Scholz telefonierte mit Präsident Emmanuel Macron. Die Initiative "
            "zu dem Gespräch ging von der französischen Seite aus."
        ),
        "FRA",
        id="de-a-ging-aus",
    ),
    pytest.param(
        "de",
        (
            "Bundeskanzler Olaf Scholz traf Präsident Emmanuel Macron in Paris. Scholz reiste auf "
            "Einladung Macrons nach Frankreich."
        ),
        "FRA",
        id="de-f-past-reiste",
    ),
    pytest.param(
        "de",
        (
            "Präsident Emmanuel Macron rief Bundeskanzler Olaf Scholz zurück; die beiden "
            "telefonierten eine halbe Stunde."
        ),
        None,
        id="de-g-returned",
    ),
    pytest.param(
        "de",
        ("Bundeskanzler Olaf Scholz telefonierte auf Initiative von Paris mit Präsident Emmanuel Macron."),
        "FRA",
        id="de-a-capital",
    ),
    pytest.param(
        "de",
        ("Bundeskanzler Olaf Scholz telefonierte auf Wunsch der Gegenseite mit Präsident Emmanuel Macron."),
        "FRA",
        id="de-o-gegenseite",
    ),
    pytest.param(
        "de",
        ("Bundeskanzler Olaf Scholz erhielt am Montag einen Anruf von Präsident Emmanuel Macron."),
        "FRA",
        id="de-d-anruf-von",
    ),
    pytest.param(
        "de",  # failed before
        ("Bundeskanzler Olaf Scholz traf Präsident Emmanuel Macron in Berlin. Macron bedankte sich für die Einladung."),
        "DEU",
        id="de-h-guest-thanks",
    ),
    pytest.param(
        "de",  # failed before
        ("Bundeskanzler Olaf Scholz telefonierte mit Präsident Emmanuel Macron auf Wunsch des Letzteren."),
        "FRA",
        id="de-l-latter",
    ),
    # pt
    pytest.param(
        "pt",
        (
            "O presidente Luiz Inácio Lula da Silva conversou por telefone com o presidente da "
            "França, Emmanuel Macron, por iniciativa do lado francês."
        ),
        "FRA",
        id="pt-a-side",
    ),
    pytest.param(
        "pt",
        ("Por iniciativa de Macron, o presidente Lula conversou por telefone com o líder francês."),
        "FRA",
        id="pt-a-leader",
    ),
    pytest.param(
        "pt",
        "A pedido do presidente francês, Lula conversou por telefone com Emmanuel Macron.",
        "FRA",
        id="pt-b-title",
    ),
    pytest.param(
        "pt",
        ("A pedido da parte brasileira, o presidente Lula conversou por telefone com Emmanuel Macron."),
        "BRA",
        id="pt-b-side",
    ),
    pytest.param(
        "pt",
        (
            "A convite do presidente Emmanuel Macron, Lula fez uma visita de Estado à França e "
            "reuniu-se com ele em Paris."
        ),
        "FRA",
        id="pt-c-visit",
    ),
    pytest.param(
        "pt",
        "Emmanuel Macron telefonou para o presidente Lula nesta segunda-feira.",
        "FRA",
        id="pt-d-called",
    ),
    pytest.param(
        "pt",
        "O presidente Lula recebeu um telefonema de Emmanuel Macron.",
        "FRA",
        id="pt-d-received",
    ),
    pytest.param(
        "pt",
        (
            "Lula recebeu Macron no Palácio do Planalto. O brasileiro convidou o francês a "
            "visitar a Amazônia no próximo ano."
        ),
        None,
        id="pt-e-future-inv",
    ),
    pytest.param(
        "pt",
        "Lula conversou por telefone com Macron e pediu apoio à iniciativa.",
        None,
        id="pt-e-asked",
    ),
    pytest.param(
        "pt",
        "Emmanuel Macron ligou para o presidente Lula nesta segunda-feira.",
        "FRA",
        id="pt-d-ligou",
    ),
    pytest.param(
        "pt",
        "O presidente Lula recebeu uma ligação do presidente francês, Emmanuel Macron.",
        "FRA",
        id="pt-d-ligacao",
    ),
    pytest.param(
        "pt",
        "A convite do presidente francês, Lula visitou Paris e reuniu-se com Emmanuel Macron.",
        "FRA",
        id="pt-c-convite-title",
    ),
    pytest.param(
        "pt",
        "Lula conversou por telefone com Emmanuel Macron a pedido do lado francês.",
        "FRA",
        id="pt-b-lado",
    ),
    pytest.param(
        "pt",
        "Lula conversou por telefone com Emmanuel Macron a pedido do governo francês.",
        "FRA",
        id="pt-b-governo",
    ),
    pytest.param(
        "pt",  # failed before
        "Lula conversou por telefone com Emmanuel Macron por iniciativa francesa.",
        "FRA",
        id="pt-a-adj",
    ),
    pytest.param(
        "pt",
        ("O presidente Lula recebeu o presidente da França, Emmanuel Macron, no Palácio do Planalto."),
        None,
        id="pt-e-recebeu-no",
    ),
    pytest.param(
        "pt",  # failed before
        "Por sugestão do presidente francês, Lula conversou por telefone com Emmanuel Macron.",
        "FRA",
        id="pt-a-sugestao",
    ),
    pytest.param(
        "pt",  # failed before
        ("Lula conversou por telefone com Emmanuel Macron. A iniciativa do telefonema partiu do presidente francês."),
        "FRA",
        id="pt-a-partiu",
    ),
    pytest.param(
        "pt",  # failed before
        ("Lula conversou por telefone com Emmanuel Macron. Macron visitará o Brasil no próximo mês a convite de Lula."),
        None,
        id="pt-f-future-visit-inv",
    ),
    pytest.param(
        "pt",  # failed before
        "Lula conversou por telefone com Emmanuel Macron a pedido da outra parte.",
        "FRA",
        id="pt-o-outra",
    ),
    pytest.param(
        "pt",
        "O presidente Lula recebeu ligação do presidente francês, Emmanuel Macron.",
        "FRA",
        id="pt-d-recebeu-ligacao",
    ),
    pytest.param(
        "pt",  # failed before
        "Lula reuniu-se com Emmanuel Macron em Brasília. Macron agradeceu o convite.",
        "BRA",
        id="pt-h-guest-thanks",
    ),
    pytest.param(
        "pt",  # failed before
        "Lula conversou por telefone com Emmanuel Macron a pedido deste.",
        "FRA",
        id="pt-l-latter",
    ),
    pytest.param(
        "pt",  # failed before
        "Lula conversou por telefone com Emmanuel Macron a pedido do último.",
        "FRA",
        id="pt-l-latter-ultimo",
    ),
    pytest.param(
        "pt",  # failed before
        ("O presidente francês, Emmanuel Macron, telefonou para o presidente Lula nesta segunda-feira."),
        "FRA",
        id="pt-d-apposition",
    ),
    pytest.param(
        "pt",  # failed before
        ("Emmanuel Macron, presidente da França, telefonou para o presidente Lula nesta segunda-feira."),
        "FRA",
        id="pt-d-apposition-after",
    ),
    # ar
    pytest.param(
        "ar",
        ("أجرى الرئيس فلاديمير بوتين اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون بمبادرة من الجانب الفرنسي."),
        "FRA",
        id="ar-a-side",
    ),
    pytest.param(
        "ar",
        "بناء على طلب من الجانب الروسي، أجرى الرئيس ماكرون اتصالا هاتفيا مع الرئيس بوتين.",
        "RUS",
        id="ar-b-side",
    ),
    pytest.param(
        "ar",
        "بناءً على طلب الرئيس الفرنسي، أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون.",
        "FRA",
        id="ar-b-title",
    ),
    pytest.param(
        "ar",
        ("بدعوة من الرئيس إيمانويل ماكرون، قام الرئيس بوتين بزيارة رسمية إلى فرنسا وعقد معه محادثات في باريس."),
        "FRA",
        id="ar-c-visit",
    ),
    pytest.param(
        "ar",
        "تلبية لدعوة الرئيس ماكرون، قام الرئيس بوتين بزيارة إلى فرنسا والتقى به في باريس.",
        "FRA",
        id="ar-c-talbiya",
    ),
    pytest.param(
        "ar",
        "تلقى الرئيس فلاديمير بوتين اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
        "FRA",
        id="ar-d-received",
    ),
    pytest.param(
        "ar",
        "اتصل الرئيس ماكرون هاتفيا بالرئيس بوتين.",
        "FRA",
        id="ar-d-called",
    ),
    pytest.param(
        "ar",
        ("التقى الرئيس بوتين بالرئيس ماكرون في موسكو. ووجه ماكرون دعوة إلى بوتين لزيارة فرنسا العام المقبل."),
        None,
        id="ar-e-future-inv",
    ),
    pytest.param(
        "ar",
        "أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون، وطلب منه دعم المبادرة.",
        None,
        id="ar-e-asked",
    ),
    pytest.param(
        "ar",
        "أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون بطلب من الجانب الفرنسي.",
        "FRA",
        id="ar-b-bitalab",
    ),
    pytest.param(
        "ar",  # failed before
        ("بحث الرئيس بوتين مع الرئيس ماكرون العلاقات الثنائية في اتصال هاتفي تلقاه من الرئيس الفرنسي."),
        "FRA",
        id="ar-d-talaqqahu",
    ),
    pytest.param(
        "ar",
        "بناء على دعوة من الرئيس ماكرون، زار الرئيس بوتين باريس والتقى به.",
        "FRA",
        id="ar-c-binaa-dawa",
    ),
    pytest.param(
        "ar",  # failed before
        "بدعوة كريمة من الرئيس ماكرون، قام الرئيس بوتين بزيارة إلى فرنسا والتقى به في باريس.",
        "FRA",
        id="ar-c-karima",
    ),
    pytest.param(
        "ar",
        "تلبيةً لدعوة الرئيس ماكرون، زار الرئيس بوتين باريس والتقى به.",
        "FRA",
        id="ar-c-talbiyatan",
    ),
    pytest.param(
        "ar",
        "استقبل الرئيس بوتين الرئيس ماكرون في الكرملين وبحثا العلاقات الثنائية.",
        None,
        id="ar-e-istaqbala",
    ),
    pytest.param(
        "ar",
        ("أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون. وجرى الاتصال بمبادرة من الجانب الفرنسي."),
        "FRA",
        id="ar-a-jara",
    ),
    pytest.param(
        "ar",  # failed before
        ("أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون. وسيزور ماكرون روسيا الشهر المقبل بدعوة من بوتين."),
        None,
        id="ar-f-future-visit-inv",
    ),
    pytest.param(
        "ar",
        "أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون بطلب من باريس.",
        "FRA",
        id="ar-a-capital",
    ),
    pytest.param(
        "ar",  # failed before
        "أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون بناء على طلب الجانب الآخر.",
        "FRA",
        id="ar-o-akhar",
    ),
    pytest.param(
        "ar",
        "تلقى الرئيس بوتين مكالمة هاتفية من الرئيس ماكرون.",
        "FRA",
        id="ar-d-talaqqa-mukalama",
    ),
    pytest.param(
        "ar",  # failed before
        "عقد الرئيس بوتين محادثات مع الرئيس ماكرون في موسكو. وأعرب ماكرون عن شكره على الدعوة.",
        "RUS",
        id="ar-h-guest-thanks",
    ),
    pytest.param(
        "ar",  # failed before
        "أجرى الرئيس بوتين اتصالا هاتفيا مع الرئيس ماكرون بناء على طلب الأخير.",
        "FRA",
        id="ar-l-latter",
    ),
    # fa
    pytest.param(
        "fa",
        "مسعود پزشکیان رئیس\u200cجمهور به درخواست طرف روسی با ولادیمیر پوتین گفتگوی تلفنی کرد.",
        "RUS",
        id="fa-b-side",
    ),
    pytest.param(
        "fa",
        "به ابتکار طرف روسی، مسعود پزشکیان و ولادیمیر پوتین تلفنی گفتگو کردند.",
        "RUS",
        id="fa-a-side",
    ),
    pytest.param(
        "fa",
        "به درخواست ولادیمیر پوتین، مسعود پزشکیان با وی گفتگوی تلفنی کرد.",
        "RUS",
        id="fa-b-leader",
    ),
    pytest.param(
        "fa",
        "مسعود پزشکیان به دعوت ولادیمیر پوتین به روسیه سفر کرد و با وی دیدار و گفتگو کرد.",
        "RUS",
        id="fa-c-visit",
    ),
    pytest.param(
        "fa",
        "ولادیمیر پوتین با مسعود پزشکیان تماس تلفنی گرفت.",
        "RUS",
        id="fa-d-called",
    ),
    pytest.param(
        "fa",
        ("مسعود پزشکیان با ولادیمیر پوتین دیدار کرد. پزشکیان از پوتین برای سفر به تهران دعوت کرد."),
        None,
        id="fa-e-future-inv",
    ),
    pytest.param(
        "fa",
        "مسعود پزشکیان در گفتگوی تلفنی با ولادیمیر پوتین از او خواست از این ابتکار حمایت کند.",
        None,
        id="fa-e-asked",
    ),
    pytest.param(
        "fa",  # failed before
        "پوتین با رئیس\u200cجمهور پزشکیان تماس تلفنی برقرار کرد.",
        "RUS",
        id="fa-d-called-2",
    ),
    pytest.param(
        "fa",
        "مسعود پزشکیان بنا به دعوت ولادیمیر پوتین به مسکو رفت و با وی دیدار کرد.",
        "RUS",
        id="fa-c-visit-2",
    ),
    pytest.param(
        "fa",
        "مسعود پزشکیان به دعوت رسمی ولادیمیر پوتین به مسکو سفر کرد و با وی دیدار کرد.",
        "RUS",
        id="fa-c-rasmi",
    ),
    pytest.param(
        "fa",
        "بنا به درخواست طرف روسی، مسعود پزشکیان با ولادیمیر پوتین گفتگوی تلفنی کرد.",
        "RUS",
        id="fa-b-bana",
    ),
    pytest.param(
        "fa",  # failed before
        "در پی درخواست طرف روسی، مسعود پزشکیان با ولادیمیر پوتین تلفنی گفتگو کرد.",
        "RUS",
        id="fa-b-darpey",
    ),
    pytest.param(
        "fa",
        ("مسعود پزشکیان با ولادیمیر پوتین گفتگوی تلفنی کرد. این گفتگو به درخواست طرف روسی انجام شد."),
        "RUS",
        id="fa-a-pishnahad",
    ),
    pytest.param(
        "fa",
        "مسعود پزشکیان به درخواست طرف مقابل با ولادیمیر پوتین گفتگوی تلفنی کرد.",
        "RUS",
        id="fa-o-moghabel",
    ),
    pytest.param(
        "fa",
        "مسعود پزشکیان در یک تماس تلفنی از سوی ولادیمیر پوتین با وی گفتگو کرد.",
        "RUS",
        id="fa-d-az-suye",
    ),
    pytest.param(
        "fa",  # failed before
        "مسعود پزشکیان با ولادیمیر پوتین در تهران دیدار کرد. پوتین از دعوت تشکر کرد.",
        "IRN",
        id="fa-h-guest-thanks",
    ),
    # tr
    pytest.param(
        "tr",
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile Rus "
            "tarafının talebi üzerine telefonda görüştü."
        ),
        "RUS",
        id="tr-b-side",
    ),
    pytest.param(
        "tr",
        "Türk tarafının talebi üzerine Cumhurbaşkanı Erdoğan ile Putin telefonda görüştü.",
        "TUR",
        id="tr-b-own-side",
    ),
    pytest.param(
        "tr",
        "Rus tarafının girişimiyle Cumhurbaşkanı Erdoğan ile Putin telefonda görüştü.",
        "RUS",
        id="tr-a-side",
    ),
    pytest.param(
        "tr",
        "Cumhurbaşkanı Erdoğan, Putin'in daveti üzerine Rusya'ya gitti ve Putin ile görüştü.",
        "RUS",
        id="tr-c-visit",
    ),
    pytest.param(
        "tr",
        "Cumhurbaşkanı Erdoğan, Putin'in davetlisi olarak Soçi'de Putin ile bir araya geldi.",
        "RUS",
        id="tr-c-guest",
    ),
    pytest.param(
        "tr",
        "Cumhurbaşkanı Erdoğan'ı Rusya Devlet Başkanı Putin telefonla aradı.",
        "RUS",
        id="tr-d-called-acc-first",
    ),
    pytest.param(
        "tr",
        "Rusya Devlet Başkanı Putin, Cumhurbaşkanı Erdoğan'ı telefonla aradı.",
        "RUS",
        id="tr-d-called",
    ),
    pytest.param(
        "tr",
        ("Cumhurbaşkanı Erdoğan, Putin ile görüştü. Erdoğan, Putin'i Türkiye'yi ziyaret etmeye davet etti."),
        None,
        id="tr-e-future-inv",
    ),
    pytest.param(
        "tr",
        ("Cumhurbaşkanı Erdoğan, Putin ile telefonda görüştü ve ondan tahıl girişimini desteklemesini istedi."),
        None,
        id="tr-e-asked",
    ),
    pytest.param(
        "tr",
        ("Cumhurbaşkanı Erdoğan, Putin'in talebi üzerine Rusya Devlet Başkanı ile telefonda görüştü."),
        "RUS",
        id="tr-b-leader",
    ),
    pytest.param(
        "tr",
        "Rus tarafının talebiyle Cumhurbaşkanı Erdoğan ile Putin telefonda görüştü.",
        "RUS",
        id="tr-b-side-iyle",
    ),
    pytest.param(
        "tr",
        "Cumhurbaşkanı Erdoğan, Putin'in davetiyle Rusya'yı ziyaret ederek Putin ile görüştü.",
        "RUS",
        id="tr-c-davetiyle",
    ),
    pytest.param(
        "tr",
        ("Cumhurbaşkanı Erdoğan, Putin'in talebiyle Rusya Devlet Başkanı ile telefonda görüştü."),
        "RUS",
        id="tr-b-talebiyle",
    ),
    pytest.param(
        "tr",
        ("Cumhurbaşkanı Erdoğan, Putin'in girişimiyle Rusya Devlet Başkanı ile telefonda görüştü."),
        "RUS",
        id="tr-a-girisim",
    ),
    pytest.param(
        "tr",  # failed before
        "Cumhurbaşkanı Erdoğan'ı telefonla arayan Putin, bölgesel gelişmeleri görüştü.",
        "RUS",
        id="tr-d-arayan",
    ),
    pytest.param(
        "tr",
        "Cumhurbaşkanı Erdoğan, Putin ile telefonda görüştü ve Putin'i Türkiye'ye davet etti.",
        None,
        id="tr-e-davet-etti",
    ),
    pytest.param(
        "tr",  # failed before
        ("Cumhurbaşkanı Erdoğan, Putin'in önerisi üzerine Rusya Devlet Başkanı ile telefonda görüştü."),
        "RUS",
        id="tr-a-oneri",
    ),
    pytest.param(
        "tr",  # failed before
        ("Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile telefonda görüştü. Görüşme talebi Rusya'dan geldi."),
        "RUS",
        id="tr-b-talebi-geldi",
    ),
    pytest.param(
        "tr",  # failed before
        (
            "Cumhurbaşkanı Erdoğan, Putin ile telefonda görüştü. Putin, Erdoğan'ın daveti üzerine "
            "gelecek ay Türkiye'yi ziyaret edecek."
        ),
        None,
        id="tr-f-future-visit-inv",
    ),
    pytest.param(
        "tr",  # failed before
        ("Rusya Devlet Başkanı Putin, Cumhurbaşkanı Erdoğan'ı geri aradı ve iki lider bölgesel gelişmeleri görüştü."),
        None,
        id="tr-g-returned",
    ),
    pytest.param(
        "tr",
        "Cumhurbaşkanı Erdoğan, Putin ile Moskova'nın talebi üzerine telefonda görüştü.",
        "RUS",
        id="tr-a-capital",
    ),
    pytest.param(
        "tr",
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile karşı "
            "tarafın talebi üzerine bir telefon görüşmesi gerçekleştirdi."
        ),
        "RUS",
        id="tr-o-karsi-taraf",
    ),
    pytest.param(
        "tr",
        (
            "Cumhurbaşkanı Erdoğan, İran Cumhurbaşkanı Mesud Pezeşkiyan ile karşı tarafın "
            "talebine binaen telefonda görüştü."
        ),
        "IRN",
        id="tr-o-karsi-binaen",
    ),
    pytest.param(
        "tr",  # failed before
        ("Cumhurbaşkanı Erdoğan'a telefon eden Rusya Devlet Başkanı Putin, bölgesel gelişmeleri görüştü."),
        "RUS",
        id="tr-d-telefon-eden",
    ),
    pytest.param(
        "tr",  # failed before
        ("Cumhurbaşkanı Erdoğan, Putin ile Ankara'da bir araya geldi. Putin davet için teşekkür etti."),
        "TUR",
        id="tr-h-guest-thanks",
    ),
    # id
    pytest.param(
        "id",
        (
            "Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Xi Jinping atas "
            "inisiatif pihak Tiongkok."
        ),
        "CHN",
        id="id-a-side",
    ),
    pytest.param(
        "id",
        ("Atas permintaan Presiden Xi Jinping, Presiden Joko Widodo melakukan pembicaraan telepon dengannya."),
        "CHN",
        id="id-b-leader",
    ),
    pytest.param(
        "id",
        ("Atas permintaan pihak Indonesia, Presiden Joko Widodo berbicara melalui telepon dengan Presiden Xi Jinping."),
        "IDN",
        id="id-b-side",
    ),
    pytest.param(
        "id",
        (
            "Atas undangan Presiden Xi Jinping, Presiden Joko Widodo melakukan kunjungan "
            "kenegaraan ke Tiongkok dan bertemu dengannya di Beijing."
        ),
        "CHN",
        id="id-c-visit",
    ),
    pytest.param(
        "id",
        "Presiden Xi Jinping menelepon Presiden Joko Widodo pada Senin.",
        "CHN",
        id="id-d-called",
    ),
    pytest.param(
        "id",
        "Presiden Joko Widodo menerima telepon dari Presiden Xi Jinping.",
        "CHN",
        id="id-d-received",
    ),
    pytest.param(
        "id",
        (
            "Presiden Joko Widodo bertemu Presiden Xi Jinping di Jakarta. Jokowi mengundang Xi "
            "untuk berkunjung ke Bali tahun depan."
        ),
        None,
        id="id-e-future-inv",
    ),
    pytest.param(
        "id",
        (
            "Presiden Joko Widodo berbicara melalui telepon dengan Presiden Xi Jinping dan "
            "meminta dukungan untuk inisiatif Sabuk dan Jalan."
        ),
        None,
        id="id-e-asked",
    ),
    pytest.param(
        "id",
        "Presiden Joko Widodo mendapat telepon dari Presiden Xi Jinping pada Senin.",
        "CHN",
        id="id-d-mendapat",
    ),
    pytest.param(
        "id",
        "Presiden Joko Widodo ditelepon oleh Presiden Xi Jinping pada Senin.",
        "CHN",
        id="id-d-ditelepon",
    ),
    pytest.param(
        "id",
        (
            "Atas permintaan pemerintah Tiongkok, Presiden Joko Widodo melakukan pembicaraan "
            "telepon dengan Presiden Xi Jinping."
        ),
        "CHN",
        id="id-b-pemerintah",
    ),
    pytest.param(
        "id",  # failed before
        "Presiden Joko Widodo dihubungi oleh Presiden Xi Jinping melalui telepon pada Senin.",
        "CHN",
        id="id-d-dihubungi",
    ),
    pytest.param(
        "id",  # failed before
        ("Presiden Xi Jinping menghubungi Presiden Joko Widodo melalui sambungan telepon pada Senin."),
        "CHN",
        id="id-d-menghubungi",
    ),
    pytest.param(
        "id",  # failed before
        ("Atas usulan Presiden Xi Jinping, Presiden Joko Widodo melakukan pembicaraan telepon dengannya."),
        "CHN",
        id="id-a-usulan",
    ),
    pytest.param(
        "id",
        (
            "Presiden Joko Widodo berbicara melalui telepon dengan Presiden Xi Jinping. "
            "Pembicaraan tersebut dilakukan atas permintaan pihak Tiongkok."
        ),
        "CHN",
        id="id-a-inisiatif-berasal",
    ),
    pytest.param(
        "id",  # failed before
        (
            "Presiden Joko Widodo berbicara melalui telepon dengan Presiden Xi Jinping. Xi akan "
            "berkunjung ke Indonesia bulan depan atas undangan Jokowi."
        ),
        None,
        id="id-f-future-visit-inv",
    ),
    pytest.param(
        "id",  # failed before
        "Presiden Xi Jinping menelepon balik Presiden Joko Widodo pada Senin malam.",
        None,
        id="id-g-returned",
    ),
    pytest.param(
        "id",  # failed before
        ("Presiden Joko Widodo berbicara melalui telepon dengan Presiden Xi Jinping atas permintaan pihak lain."),
        "CHN",
        id="id-o-lain",
    ),
    pytest.param(
        "id",
        "Presiden Joko Widodo menerima panggilan telepon dari Presiden Xi Jinping.",
        "CHN",
        id="id-d-menerima-panggilan",
    ),
    pytest.param(
        "id",  # failed before
        (
            "Presiden Joko Widodo bertemu Presiden Xi Jinping di Jakarta. Xi Jinping berterima "
            "kasih atas undangan tersebut."
        ),
        "IDN",
        id="id-h-guest-thanks",
    ),
    pytest.param(
        "id",  # failed before
        ("Presiden Joko Widodo berbicara melalui telepon dengan Presiden Xi Jinping atas permintaan yang terakhir."),
        "CHN",
        id="id-l-latter",
    ),
]


@pytest.mark.parametrize(("language", "text", "initiator"), CELLS)
def test_initiator_paradigm(language: str, text: str, initiator: str | None):
    got = extract_text(text, language, DAY)
    assert got.outcome == "readout", got.reason
    assert got.initiator_code == initiator
