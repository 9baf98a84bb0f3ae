"""Dutch. The subject follows the verb after a quote: "zei hij", "aldus de woordvoerder"."""

from .base import profile

PROFILE = profile(
    "nl",
    compound_roles=True,
    speech_verbs="""onderbrak|onderbreekt|protesteert|protesteerde|moppert|mopperde|foetert|sputtert|melden|benadrukken|waarschuwen|meldden|bekent|bekende|grapt|grapte|onthult|onthulde|verzekert|verzekerde|bekritiseert|bekritiseerde|schreeuwde|schreeuwt|roept|merkt op|merkt|wierp tegen|werpt tegen|verdedigt|verdedigde|betoogt|betoogde|pleit|pleitte|erkent|roept op|riep op|onderstreept|wijst erop|wees erop|geeft aan|gaf aan|bevestigt|bevestigde|ontkent|ontkende|kondigde aan|kondigt aan|klaagt|klaagde|verzucht|tweette|twittert|concludeert|besluit|vult aan|vulde aan|legt uit|benadrukten|zeggen|stellen|schrijven|laten weten|verklaren|reageren|
    zei|zegt|zeggen|zeiden|gezegd|zei hij|zegt hij|vertelde|vertelt|verteld|verklaarde|
    verklaart|voegde|voegt|voegde eraan toe|voegde hij eraan toe|aldus|stelde|stelt|schreef|schrijft|
    twitterde|benadrukte|benadrukt|waarschuwde|waarschuwt|reageerde|reageert|antwoordde|antwoordt|
    vroeg|vraagt|meldde|meldt|liet weten|laat weten|citeerde|citeert|concludeerde|erkende|beweerde|
    beweert|riep|roept|legde uit|legt uit|verzekerde|zo zei|sprak|spreekt|herhaalde|merkte op|
    onderstreepte|lacht|lachte|grijnst|grijnsde|glimlacht|glimlachte|grinnikt|grinnikte|zucht|zuchtte|verzuchtte|vervolgde|vervolgt|beaamt|beaamde|vindt|vond|noemde|noemt|noemden|
    denkt|dacht|weet|wist""",
    according_to="volgens|aldus|in de woorden van|naar de woorden van",
    impersonal="staat in|stond in|staat te lezen|stond te lezen|is te lezen|was te lezen|staat er|stond er|valt te lezen|luidt het|heet het",
    not_of_words="of",
    these_words="was het antwoord van|luidde het antwoord van|met deze woorden|met die woorden|zo reageerde|zo reageert|zo verwoordde|zo zei|zo zegt|dat waren de woorden van|het zijn de woorden van|zo sprak|dat zei|dat zegt",
    masculine="hij",
    feminine="zij ze",
    verb_second=True,
    separable_verbs="legt legde>uit; vult vulde>aan; merkt merkte>op; geeft gaf>aan; voegt voegde>toe; wijst wees>erop; werpt wierp>tegen; roept riep>op; geeft gaf>toe; steekt stak>op; haalt haalde>aan",
    particles_lead_surnames=True,
    pronouns="hij zij ze",
    plurals="s en n",
    personal_relatives="wie",
    kin_nouns="zoon dochter moeder vader vrouw man echtgenote echtgenoot broer zus zuster kleinzoon kleindochter oma opa grootmoeder grootvader oom tante neef nicht weduwe weduwnaar partner vriend vriendin buurman buurvrouw collega mama papa",
    writer_asks="vragen we|vroegen we|vroeg ik|vraag ik|vragen wij|vroegen wij",
    latter="laatstgenoemde=",
    past_participle=r"ge\w{3,}[dt]|ge\w{3,}en",
    relation_nouns="criticus critici bondgenoot bondgenoten aanhanger aanhangers tegenstander tegenstanders familie nabestaanden ouders ingewijde ingewijden bron bronnen vertrouweling vertrouwelingen verdediging",
    role_nouns="""procureur zaakvoerder zaakvoerster oprichter oprichtster kardinaal bisschop aartsbisschop pastoor cliënt client president minister woordvoerder woordvoerster secretaris leider voorzitter directeur
    ambassadeur diplomaat topdiplomaat premier kanselier burgemeester wethouder deskundige expert
    analist hoogleraar professor chef hoofd commandant generaal gezant onderhandelaar advocaat arts
    dokter onderzoeker auteur paus adviseur ingenieur boer trainer leraar monteur chauffeur moeder vader vrouw man agent officier bestuurder
    burgemeesteres voorzitster directrice ambassadrice onderzoekster adviseuse rechter econoom kamerlid gedeputeerde verdachte
    lid oud-lid getuige bewoner""",
    document_nouns="brief tweet bericht mail",
    naming_nouns="boek roman essay film documentaire lied nummer album serie programma campagne plan project operatie initiatief festival tentoonstelling voorstelling toneelstuk opera musical gedicht slogan motto hashtag podcast column wet manifest",
    organization_nouns="""club groep ploeg presidentie bronnen ministerie regering departement kabinet raad commissie agentschap verklaring
    rapport kremlin bestuur zaken actiegroep vakbond stichting organisatie ambassade rechtbank politie leger vereniging partij bedrijf gemeente provincie
    washington peking moskou kiev brussel""",
    feminine_role_endings="woordvoerster voorzitster directrice",
    generic_masculine=True,
    determiners="de het een deze die dat dit zijn haar hun",
    possessives="zijn haar hun",
    not_names="""beetje maar en of als toen terwijl na voor ook dan echter in op aan van bij uit naar met
    we wij ik je jij u er daar hier maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    door tegen zonder tijdens volgens sinds vanaf rond onder over tussen namens zo""",
    clause_openers="terwijl maar hoewel",
    quoting_verbs="citeerde|citeert|geciteerd",
    indefinite_articles="een",
    scare_markers="zogenaamde|zogenaamd|zogeheten|zogenoemde|getiteld|genaamd|het woord|de term|de slogan",
    denial_verbs="ontkende|ontkent|heeft ontkend|beschuldigde|beschuldigt|wees af",
    complementizers="dat",
    asking_verbs="vroeg vraagt vragen",
    perception_verbs="hoorde hoorden gehoord horen hoort",
    and_words="en",
    object_pronouns="hem",
    answer_words="antwoord",
    according_at_start="voor",
    passive_naming="wordt werd worden werden is zijn > genoemd neergezet afgeschilderd bestempeld omschreven weggezet getypeerd",
)
