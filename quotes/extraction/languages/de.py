"""German. Every noun is capitalised, so names need a known form or two capitalised words."""

from .base import profile

PROFILE = profile(
    "de",
    compound_roles=True,
    speech_verbs="""schreiben|kritisieren|unterbrach|unterbricht|protestiert|protestierte|schimpft|schimpfte|moniert|monierte|beschwert sich|beschwerte sich|ließ wissen|lässt wissen|festgehalten|hielt fest|hält fest|versichern|berichten|berichteten|versicherten|schwärmt|schwärmte|lacht|lachte|lächelt|lächelte|grinst|grinste|präzisiert|präzisierte|beharrt|beharrte|seufzt|seufzte|scherzt|scherzte|klagt|klagte|verrät|verriet|rief|ruft|rief er|rief sie|schrie|schreit|hat gerufen|konterte|kontert|konstatiert|konstatierte|erläutert|erläuterte|erzählt|erzählte|findet|fand|appelliert|bekräftigt|unterstreicht|versichert|verspricht|versprach|beklagt|beklagte|bemängelt|bemängelte|lobt|lobte|verweist|verwies|argumentiert|argumentierte|entgegnet|entgegnete|erwidert|erwiderte|widerspricht|widersprach|schildert|schilderte|erinnert|erinnerte|kündigt an|teilt mit|twittert|antwortet|fragt|gesteht|gestand|fügt hinzu|ergänzt er|sagen|erklären|betonen|fordern|warnen|heißt es|hieß es|zieht bilanz|resümiert|hat gefordert|hat gewarnt|hat betont|hat kritisiert|hat geschrieben|hat erklärt|hat bestätigt|hat angekündigt|sagte dazu|so der|so die|
    sagte|sagt|sagten|gesagt|erklärte|erklärt|betonte|betont|fügte hinzu|fügte|
    ergänzte|ergänzt|schrieb|schreibt|warnte|warnt|kritisierte|kritisiert|meinte|meint|forderte|
    fordert|verlangte|verlangt|teilte mit|teilte|berichtete|berichtet|erklärten|bekräftigte|
    unterstrich|räumte ein|versicherte|antwortete|fragte|behauptete|behauptet|twitterte|zitierte|
    sprach|spricht|mahnte|mahnt|appellierte|kündigte an|bezeichnete|nannte|
    beschuldigte|beschuldigt|beschuldigten|warf vor|wirft vor|betonten|warnten|sagten|erklärt hat|
    hat gesagt|hat erklärt|hat betont|ergänzte er|sagte er|sagte sie|erklärte er|erklärte sie|
    schreibt er|schrieb er|schrieb sie|bestätigte|bestätigt|unterstrich er|stellte klar|stellt klar|
    räumt ein|gab zu|gibt zu|kommentierte|kommentiert|resümierte|bilanzierte|
    gefragt|geantwortet|gerufen|geschrieben|geschildert|gewarnt|gefordert""",
    according_to="laut|nach angaben von|zufolge|so|in den worten von|mit den worten von",
    impersonal="steht in|stand in|ist zu lesen|war zu lesen|heißt es|hieß es|heisst es|hiess es",
    not_of_words="da of",
    these_words="lautete die antwort von|war die antwort von|mit diesen worten|das waren die worte von|es sind die worte von|das waren die worte des|das waren die worte der|es sind die worte des|es sind die worte der|so sprach|das sagte|das sagt",
    masculine="er",
    feminine="sie",
    verb_second=True,
    separable_verbs="hält hielt>fest; lässt ließ>wissen; fügt fügte>hinzu; kündigt kündigte>an; räumt räumte>ein; stellt stellte>klar; gibt gab>zu; weist wies>hin; wirft warf>vor; teilt teilte>mit; schränkt schränkte>ein; merkt merkte>an; führt führte>aus; hebt hob>hervor; ruft rief>auf; gibt gab>an; gesteht gestand>ein; deutet deutete>an",
    particles_lead_surnames=True,
    pronouns="er sie",
    plurals="en n e in>innen",
    kin_nouns="sohn tochter mutter vater frau mann ehefrau ehemann bruder schwester enkel enkelin oma opa grossmutter grossvater onkel tante neffe nichte cousin cousine witwe witwer partnerin lebensgefahrtin lebensgefahrte freund freundin nachbar nachbarin kollege kollegin mama papa",
    writer_asks="fragen wir|fragte ich|frage ich|fragten wir",
    latter="letzterer=m|letztere=f|der letztgenannte=m|die letztgenannte=f",
    past_participle=r"ge\w{3,}(?:t|en)",
    relation_nouns="kritiker verbündete verbündeter unterstützer gegner anhänger umfeld familie angehörige eltern vertraute vertrauter quelle quellen verteidigung",
    role_nouns="""gründer gründerin kardinal bischof erzbischof pfarrer oppositionsführer oppositionsführerin landwirt landwirtin aktivist aktivistin besitzer besitzerin inhaber inhaberin mandant mandantin präsident präsidentin doktor doktorin minister ministerin sprecher sprecherin sekretär chef chefin
    vorsitzende vorsitzender direktor direktorin botschafter diplomat premier kanzler kanzlerin
    bürgermeister experte expertin analyst professor kommandeur general gesandter anwalt arzt ärztin
    forscher autor papst berater beraterin geschäftsführer bürgermeisterin trainer trainerin
    lehrer lehrerin richter richterin ökonom ökonomin wissenschaftler wissenschaftlerin
    abgeordnete abgeordneter staatssekretär staatssekretärin senator senatorin landrat landrätin angeklagte angeklagter
    zeuge zeugin staatsanwalt staatsanwältin verteidiger verteidigerin anwältin polizist polizistin
    beauftragte beauftragter moderator moderatorin kapitän kapitänin stürmer torwart spieler spielerin
    Nachbar Nachbarin Mitglied""",
    document_nouns="brief tweet nachricht mail",
    naming_nouns="buch roman essay essayband film dokumentarfilm dokumentation lied song album serie sendung kampagne plan projekt operation initiative festival ausstellung theaterstück oper musical gedicht slogan motto hashtag podcast kolumne gesetz manifest",
    organization_nouns="""verein klub gruppe mannschaft präsidialamt staatsanwaltschaft quellen ministerium regierung behörde amt rat kommission agentur erklärung bericht
    kreml verwaltung botschaft gericht polizei armee verband partei unternehmen gesellschaft institut
    washington peking moskau kiew brüssel
    universität hochschule schule akademie klinik krankenhaus gewerkschaft stiftung""",
    masculine_determiners="der",
    feminine_role_endings="in",
    determiners="der die das den dem des ein eine einer einem einen dieser diese sein seine ihr ihre",
    possessives="sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres",
    not_names="""dessen deren bisschen wenig aber und oder wenn als während nach vor auch dann jedoch in auf an von bei aus zu mit
    wir ich du es man montag dienstag mittwoch donnerstag freitag samstag sonntag
    durch für gegen ohne um seit trotz wegen laut beim im am zum zur vom ins unter über neben zwischen""",
    clause_openers="während aber obwohl wobei",
    quoting_verbs="zitierte|zitiert|zitierten",
    indefinite_articles="ein eine einer einem einen",
    noun_suffixes="ung ungen heit heiten keit keiten schaft schaften tion tionen ismus tät täten nis nisse chen lein ment mente ie ien",
    scare_markers="sogenannte|sogenannten|sogenannter|sogenanntes|so genannte|so genannten|angebliche|angeblichen|genannt|genannte|genannten|namens|betitelt|das wort|den begriff|der begriff|das motto",
    denial_verbs="bestritt|bestreitet|hat bestritten|wies zurück|beschuldigte|beschuldigt|warf vor",
    complementizers="dass daß",
    complement_words="der",
    asking_verbs="fragte fragt gefragt",
    perception_verbs="hörte hörten gehört hören hört",
    and_words="und",
    object_pronouns="ihn ihm",
    answer_words="antwort",
    reported_mood="sei seien habe werde könne müsse solle dürfe wolle",
    according_at_start="für",
    passive_naming="wird wurde werden wurden worden > genannt bezeichnet dargestellt beschrieben abgestempelt",
)
