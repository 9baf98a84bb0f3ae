"""French. Inverted cues after a quote: "a-t-il ajouté", "a déclaré le ministre"."""

from .base import profile

PROFILE = profile(
    "fr",
    speech_verbs="""dit|disait|déclare|déclaré|affirme|affirmé|ajoute|ajouté|explique|expliqué|souligne|
    estime|assure|précise|indique|écrit|avertit|insiste|martèle|lance|répond|annonce|reconnaît|dénonce|
    juge|rappelle|poursuit|confie|déplore|réagit|prévient|appelle|qualifie|
    ajoutant|expliquant|soulignant|affirmant|estimant|assurant|précisant|indiquant|rappelant|
    dénonçant|accusant|insistant|déclarant|avertissant|jugeant|qualifiant|martelant|"""
    # The compound past, in the singular and the plural and inverted after a quote ("a déclaré",
    # "ont déclaré", "a-t-elle souligné"), for every participle.
    + "|".join(
        f"{auxiliary} {participle}"
        for auxiliary in ("a", "ont", "avait", "a-t-il", "a-t-elle", "ont-ils", "ont-elles")
        for participle in """dit déclaré affirmé ajouté expliqué souligné estimé assuré précisé indiqué
        écrit tweeté averti prévenu insisté martelé lancé répondu commenté conclu annoncé reconnu
        dénoncé accusé jugé rappelé poursuivi confié fustigé qualifié déploré réagi appelé""".split()
    ),
    according_to="selon|d’après|d'après|pour reprendre les mots de|selon les mots de",
    these_words="c'est en ces termes que|c’est en ces termes que|en ces termes|par ces mots",
    relative_pronouns="qui",
    according_at_start="pour",
    pronouns="il elle ils elles",
    plurals="s x al>aux",
    role_nouns="""président présidente ministre porte-parole secrétaire dirigeant dirigeante chef
    directeur directrice ambassadeur diplomate premier chancelier maire expert experte analyste
    professeur élu élue commandant général envoyé négociateur avocat médecin chercheur auteur pape conseiller
    conseillère député sénateur responsable""",
    organization_nouns="""ministère gouvernement département bureau conseil commission agence déclaration
    communiqué rapport kremlin administration ambassade tribunal police armée association parti
    entreprise société washington pékin moscou kiev bruxelles""",
    determiners="le la les l un une ce cette son sa ses leur",
    not_names="""mais et ou si quand lorsque après avant comme aussi puis cependant en dans sur à de du
    des par pour avec m mme mm nous je tu vous on lundi mardi mercredi jeudi vendredi samedi dimanche""",
    clause_openers="tandis alors mais bien",
    quoting_verbs="a cité|cite|citant|citait",
    indefinite_articles="un une des",
    scare_markers="soi-disant|prétendue|prétendu|prétendues|prétendus|autoproclamé|autoproclamée",
    denial_verbs="a démenti|dément|a nié|nie|a accusé|accuse|a rejeté|rejette",
    participle_endings="ant",
    complementizers="que qu",
)
