"""Albanian. Names inflect (Putinit, Xi-së): the engine matches a known name's stem."""

from .base import profile

PROFILE = profile(
    "sq",
    adjectives_follow_nouns=True,
    auxiliaries="ka kanë kishte kishin është janë ishte ishin do",
    inflects_names=True,
    drops_subjects=True,
    plural_verb=r"kane|kishin|thane|thone|(?!shkruan$)\w+uan|\w+jne",  # (third person plural: a group speaks)
    impersonal="thuhet|shkruhet|thuhej|shkruhej",
    speech_verbs="""shkruajnë|protestoi|u ankua|ankohej|pohojnë|theksojnë|deklarojnë|pohuan|kujton|pranon|pranoi|vëren|vërejti|komenton|komentoi|përgjigjet|pyet|rrëfen|rrëfeu|kritikon|kritikoi|ankohet|u ankua|zbulon|zbuloi|siguron|siguroi|bërtiti|bërtet|reagoi|ka reaguar|kundërshtoi|ka potencuar|potencoi|potencon|ka vazhduar|vazhdoi|ka ftuar|ftoi|ka rikujtuar|rikujtoi|kujtoi|ka kujtuar|ka shpjeguar|shpjegoi|shpjegon|ka vlerësuar|vlerësoi|vlerëson|ka cekur|ceku|ka porositur|porositi|ka uruar|uroi|ka premtuar|premtoi|shkruan|nënvizon|shprehet|pohon|sqaron|kërkon|paralajmëron|njofton|tregon|kanë deklaruar|kanë theksuar|kanë shtuar|kanë kërkuar|kanë njoftuar|deklaruan|theksuan|shtuan|
    tha|thotë|thoshte|thanë|thonë|ka thënë|kanë thënë|kishte thënë|deklaroi|deklaroj|
    ka deklaruar|deklaruan|shtoi|ka shtuar|shtuar|theksoi|ka theksuar|theksuar|nënvizoi|ka nënvizuar|
    u shpreh|është shprehur|shprehur|tha ai|tha ajo|pohoi|ka pohuar|paralajmëroi|ka paralajmëruar|shkroi|
    ka shkruar|njoftoi|ka njoftuar|sqaroi|ka sqaruar|u tha|i tha|iu tha|deklaron|shton|thekson|
    bëri të ditur|ka bërë të ditur|tregoi|ka treguar|kërkoi|ka kërkuar|citon|citoi|
    ka shprehur|shprehu|quajti|e quajti|e ka quajtur|cilësoi|e cilësoi|e ka cilësuar|u përgjigj|pyeti|ka pyetur|argumentoi|konfirmoi|ka konfirmuar|mohoi|ka mohuar|
    foli|ka folur|këmbënguli|ka këmbëngulur|duke këmbëngulur|insistoi|ka insistuar|duke insistuar|
    """,
    according_to="sipas|sipas fjalëve të|siç tha",
    these_words="me këto fjalë|këto ishin fjalët e|këto janë fjalët e|kështu tha|kështu deklaroi",
    masculine="ai",
    feminine="ajo",
    relative_pronouns="cili cila cilët cilat",
    pronouns="ai ajo ata ato",
    plural_pronouns="ata ato",
    first_person_objects="me",
    kin_nouns="djali vajza nena babai gruaja burri bashkeshortja bashkeshorti vellai motra nipi mbesa gjyshja gjyshi xhaxhai halla daja tezja shoku shoqja fqinji fqinja kolegu kolegia",
    writer_asks="e pyesim|pyesim|e pyeta|e pyetëm|pyeta|pyetëm",
    latter="ky i fundit=m|kjo e fundit=f",
    past_participle=r"\w{3,}(?:uar|ur|ëzuar)",
    relation_nouns="kritiku kritikët aleati aleatët mbështetësi mbështetësit kundërshtari kundërshtarët familja familjarët prindërit burimi burimet mbrojtja",
    role_synonyms="tekniku=trajneri|strategu=trajneri",
    role_nouns="""tekniku strategu klienti klientja presidenti doktori doktoresha presidentit presidentja kryeministri kryeministrit ministri ministrja ministrit
    zëdhënësi zëdhënësja zëdhënëse zëdhënës sekretari sekretarja lideri liderit udhëheqësi drejtori
    drejtoresha ambasadori diplomati eksperti analisti profesori kreu shefi komandanti gjenerali
    ligjëruesi deputeti kryetari kancelarja kancelari zyrtari zyrtarja mjeku homologu
    kryetarja kryetares kryetarit deputetja gjyqtari gjyqtarja prokurori prokurorja akuzuari akuzuari
    trajneri trajnerja lojtari lojtarja kapiteni avokati avokatja mësuesi mësuesja banori banorja
    pronari pronarja fermeri fermerja shitësi shitësja infermieri infermierja gazetari gazetarja
    burrë grua fqinj fqinji anëtar dëshmitar banor
    shitës pronar pronare fermer mjek infermier infermiere gazetar gazetare mësues mësuese avokat punëtor punëtore
    tregtar polic zyrtar shofer studente student""",
    document_nouns="letra letër letrën mesazhi mesazhin postimi postimin",
    naming_nouns="libri librin librit romani romanin romanit eseja esenë filmi filmin filmit dokumentari dokumentarin kënga këngën këngës albumi albumin seriali serialin emisioni emisionin emisionit fushata fushatën fushatës projekti projektin projektit operacioni operacionin operacionit iniciativa iniciativën iniciativës festivali festivalin festivalit ekspozita ekspozitën ekspozitës shfaqja shfaqjen shfaqjes poezia poezinë poezisë slogani sloganin motoja podcast ligji ligjin ligjit manifesti manifestin",
    organization_nouns="""presidenca presidencia prokuroria burime burimet ministria qeveria departamenti zyra këshilli komisioni agjencia deklarata
    raporti kremlini administrata ambasada gjykata policia ushtria shoqata partia kompania
    uashingtoni pekini moska kievi brukseli bashkimi
    sindikata universiteti spitali bashkia""",
    determiners="i e të së një ky kjo",
    possessives="tij saj tyre",
    not_names="""por dhe ose nëse kur pas para si që edhe gjithashtu megjithatë ndërkohë tani sot dje nesër në me nga për te tek sipas drejt pranë prej gjatë mbi nën
    të dy kjo ky ne ju unë ti""",
    clause_openers="ndërsa kurse por megjithëse",
    quoting_verbs="citoi|citon|duke cituar",
    indefinite_articles="një disa",
    scare_markers="i ashtuquajtur|e ashtuquajtur|të ashtuquajtur|të ashtuquajturin|të ashtuquajturën|të ashtuquajturit|titulluar|quajtur|fjala|termi",
    denial_verbs="mohoi|ka mohuar|e mohoi|e ka mohuar|akuzoi|ka akuzuar|hodhi poshtë",
    complementizers="se që",
    complement_words="i e së të",
    asking_verbs="pyeti pyet pyetur",
    perception_verbs="dëgjoi dëgjova dëgjuar dëgjonte",
    and_words="dhe",  # (not Albanian "e", a genitive article too: "Nëna e Elona Berishës")
    answer_words="përgjigja përgjigjja përgjigje",
    object_clitics="më të i na ju u ia ua ma ta",
    passive_naming="është u quhet > cilësuar quajtur përshkruar",
)
