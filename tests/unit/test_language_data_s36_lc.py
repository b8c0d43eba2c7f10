"""Session 36 (group lC): Spanish, Portuguese and French language data ported from en.yaml's keys (each case is the
project's own text of the shape an entry family catches; the guards beside them hold what must stay a readout)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

CASA_ROSADA = "https://www.casarosada.gob.ar/informacion/actividad-oficial/9-noticias/50001-llamada"
MONCLOA = "https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2023/150323-llamada.aspx"
PLANALTO = "https://www.gov.br/planalto/pt-br/acompanhe-o-planalto/noticias/2023/05/telefonema"
ELYSEE = "https://www.elysee.fr/emmanuel-macron/2022/11/08/entretien-telephonique"
VOA_PT = "https://www.voaportugues.com/a/visita-lourenco/1234.html"

SEVERAL = "reports several engagements (a roundup or an essay), not one"
TO_COME = "announces an engagement to come, not one that took place"


def test_es_a_counterpart_in_apposition_who_got_in_touch_placed_the_call():
    """ "su par de Alemania, Olaf Scholz, quien se comunicó con ...": the apposition's commas are read away, and the
    counterpart who got in touch is still the caller."""
    result = extract_text(
        "El presidente Alberto Fernández mantuvo este martes una conversación telefónica con el canciller federal de "
        "Alemania, Olaf Scholz, quien se comunicó con el mandatario argentino para conversar sobre la provisión de "
        "gas natural licuado. Ambos acordaron seguir en contacto.",
        "es",
        dt.date(2022, 5, 10),
        title="Alberto Fernández conversó con el canciller Olaf Scholz",
        url=CASA_ROSADA,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "DEU"


def test_pt_a_counterpart_in_apposition_who_phoned_placed_the_call():
    """ "o chanceler da Alemanha, Olaf Scholz, que entrou em contato": the counterpart who got in touch is the
    caller."""
    result = extract_text(
        "O presidente Luiz Inácio Lula da Silva conversou nesta terça-feira com o chanceler federal da Alemanha, "
        "Olaf Scholz, que entrou em contato para tratar da cooperação em energia renovável. Os dois líderes também "
        "falaram sobre o acordo entre o Mercosul e a União Europeia.",
        "pt",
        dt.date(2023, 5, 9),
        title="Lula conversa com o chanceler alemão",
        url=PLANALTO,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "DEU"


def test_es_an_interview_that_recalls_a_call_reports_none():
    """ "En una entrevista concedida a ...": the leader answers a journalist; the call the answers speak of is no
    engagement the page reports."""
    result = extract_text(
        "En una entrevista concedida a una radio local, el presidente del Gobierno, Pedro Sánchez, afirmó que habló "
        "por teléfono con el presidente de Francia, Emmanuel Macron, sobre la crisis energética.",
        "es",
        dt.date(2022, 9, 12),
        title='Sánchez: "Europa debe actuar unida"',
        url=MONCLOA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "an interview a leader gave (named by the first engagement cue), not an engagement"


def test_fr_a_speech_title_reports_no_meeting():
    """ "Discours du Président de la République au sommet ...": the words said there, not a report of a meeting."""
    result = extract_text(
        "Monsieur le Président, chers amis, je suis heureux d'être ici à Abidjan. J'ai reçu ce matin le président "
        "Alassane Ouattara et nous avons parlé de notre coopération en matière de sécurité.",
        "fr",
        dt.date(2019, 12, 21),
        title="Discours du Président de la République devant la communauté française d'Abidjan",
        url="https://www.elysee.fr/emmanuel-macron/2019/12/21/discours-abidjan",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "a speech a leader gave (named by the title), not an engagement"


def test_pt_met_many_times_is_no_one_meeting():
    """ "já se reuniu muitas vezes com ...", in a cue sentence: several meetings, not one."""
    result = extract_text(
        "O Presidente da República, Marcelo Rebelo de Sousa, já se reuniu muitas vezes com o Presidente de Cabo Verde, "
        "José Maria Neves, desde o início dos seus mandatos, e considera a relação entre os dois países exemplar.",
        "pt",
        dt.date(2023, 7, 5),
        title="Relações com Cabo Verde",
        url="https://www.presidencia.pt/atualidade/toda-a-atualidade/2023/07/relacoes-cabo-verde/",
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_es_a_reaction_to_a_call_is_no_report_of_it():
    """ "criticó la llamada telefónica entre ...": the page reports what someone said of the call."""
    result = extract_text(
        "El líder de la oposición criticó la llamada telefónica entre el presidente del Gobierno, Pedro Sánchez, y el "
        "presidente de Francia, Emmanuel Macron, que según él no abordó la cuestión migratoria.",
        "es",
        dt.date(2023, 3, 15),
        title="La oposición carga contra Sánchez",
        url="https://www.example-diario.es/politica/oposicion-sanchez",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports a reaction to an engagement (criticised, welcomed), not the engagement"


def test_fr_a_future_date_in_a_phrase_of_an_event_ahead_is_that_events():
    """ "À la veille du sommet du G20 prévu le 15 novembre 2022, X s'est entretenu avec Y": the date is the summit's,
    the call took place."""
    result = extract_text(
        "À la veille du sommet du G20 prévu le 15 novembre 2022 à Bali, le Président de la République Emmanuel Macron "
        "s'est entretenu par téléphone avec le Président des États-Unis, Joe Biden. Les deux présidents ont évoqué "
        "la situation en Ukraine.",
        "fr",
        dt.date(2022, 11, 8),
        title="Entretien téléphonique avec le Président des États-Unis",
        url=ELYSEE,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"FRA", "USA"}
    assert result.engagement_type == "phone_call"


def test_pt_an_arrival_with_the_day_between_verb_and_place_announces_talks_to_come():
    """ "chega nesta terça-feira a Lisboa ... vão reunir-se": the visit begins, the leaders have not met yet."""
    result = extract_text(
        "O Presidente de Angola, João Lourenço, chega nesta terça-feira a Lisboa para uma visita oficial de dois dias. "
        "Lourenço e o Presidente da República, Marcelo Rebelo de Sousa, vão reunir-se no Palácio de Belém ao "
        "fim da manhã, segundo uma nota da Presidência.",
        "pt",
        dt.date(2023, 3, 7),
        title="Presidente angolano em Lisboa",
        url=VOA_PT,
    )
    assert result.outcome == "not_readout"
    assert result.reason == TO_COME


def test_pt_a_trips_programme_that_includes_a_meeting_announces_it():
    """ "A agenda ... inclui reunião com o presidente X": a meeting still to come."""
    result = extract_text(
        "O Presidente da República partiu esta manhã para Luanda. A agenda do Presidente em Angola inclui reunião com "
        "o Presidente João Lourenço e um encontro com a comunidade portuguesa.",
        "pt",
        dt.date(2023, 6, 14),
        title="Presidente parte para Angola",
        url=VOA_PT,
    )
    assert result.outcome == "not_readout"
    assert result.reason == TO_COME


def test_fr_several_meetings_said_so_are_no_one_engagement():
    """ "Plusieurs rencontres ... ont déjà été confirmées": several meetings, then a list of leaders."""
    result = extract_text(
        "Le président du Conseil européen consultera les dirigeants avant le sommet. Plusieurs rencontres ont déjà "
        "été confirmées, notamment un dîner de travail avec le Premier ministre italien, Mario Draghi, et des "
        "entretiens avec le président français, Emmanuel Macron, et le chancelier allemand, Olaf Scholz.",
        "fr",
        dt.date(2022, 5, 2),
        title="Consultations avant le sommet",
        url="https://www.consilium.europa.eu/fr/european-council/president/news/2022/05/02/",
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_es_a_speaker_of_parliament_is_no_leader():
    """ "el presidente del Senado de Francia": "presidente" and a state side by side name an official, not the
    state's leader."""
    result = extract_text(
        "El presidente del Gobierno, Pedro Sánchez, se reunió este jueves en La Moncloa con el presidente del Senado "
        "de Francia, Gérard Larcher, para repasar la agenda bilateral.",
        "es",
        dt.date(2022, 6, 2),
        title="Sánchez recibe al presidente del Senado francés",
        url=MONCLOA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "the counterpart in the engagement sentence holds no leader's office"


def test_guard_es_a_press_conference_is_no_interview():
    """Guard: a call reported beside a press conference stays a readout (no bare "entrevista" among the interview
    words: "entrevista telefónica" is a call)."""
    result = extract_text(
        "El presidente Alberto Fernández mantuvo hoy una entrevista telefónica con el presidente de Francia, Emmanuel "
        "Macron, con quien analizó la reestructuración de la deuda. Luego ofreció una conferencia de prensa.",
        "es",
        dt.date(2020, 6, 18),
        title="Fernández dialogó con Macron",
        url=CASA_ROSADA,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"ARG", "FRA"}


def test_guard_fr_a_with_sentence_about_the_same_counterpart_is_one_call():
    """Guard: "Avec le président Biden, nous avons ..." after the call with him goes on about that one call."""
    result = extract_text(
        "Je me suis entretenu aujourd'hui par téléphone avec le Président des États-Unis, Joe Biden. Avec le président "
        "Biden, nous avons décidé de renforcer notre soutien. L'entretien a duré une heure.",
        "fr",
        dt.date(2022, 3, 8),
        title="Entretien téléphonique avec le Président des États-Unis",
        url=ELYSEE,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"FRA", "USA"}
