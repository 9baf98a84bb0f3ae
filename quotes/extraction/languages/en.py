"""English."""

from .base import profile

PROFILE = profile(
    "en",
    speech_verbs="""write|warn|add|argue|interjected|interjects|interrupted|interrupts|cut in|cuts in|shot back|fires back|fired back|hits back|hit back|snapped|snaps|scoffed|scoffs|chimed in|chimes in|pushed back|pushes back|sniped|snipes|quipped back|grumbled|grumbles|claim|insist|echoed|echoes|spoke of|speaks of|talked of|talks of|stresses|confesses|confessed|sighs|sighed|criticises|criticised|criticizes|criticized|reveals|revealed|reiterated|reiterates|maintained|maintains|contended|contends|countered|counters|retorted|pointed out|points out|went on|goes on|testified|elaborated|clarified|assured|reassured|speculated|mused|quipped|agreed|agrees|objected|protested|charged|alleged|alleges|affirmed|underscored|underscores|highlighted|summed up|recalls|acknowledges|admits|reiterating|maintaining|pointing out|alleging|affirming|underscoring|highlighting|
    said|says|say|saying|told|tells|tell|added|adds|stated|states|asserted|explained|explains|
    noted|notes|answered|answers|warned|warns|wrote|writes|written|texted|tweeted|posted|insisted|insists|argued|argues|continued|declared|
    acknowledged|recalled|claimed|claims|replied|replies|responded|asked|asks|urged|urges|stressed|
    emphasized|emphasised|announced|commented|remarked|observed|concluded|admitted|suggested|suggests|
    cautioned|vowed|pledged|promised|complained|lamented|conceded|confirmed|denied|accused|called|describes|
    described|reported|quoted|quoting|read|reads|advised|advises|predicted|boasted|joked|shouted|yelled|smiled|smiles|laughed|laughs|beamed|beams|grinned|grins|chuckled|enthused|gushed|
    whispered|recounted|announces|told reporters|said in a statement|wrote on|
    comments|remarks|observes|concludes|cautions|vows|complains|laments|boasts|jokes|tweets|continues|
    adding|noting|warning|insisting|arguing|explaining|claiming|stressing|stating|declaring|
    acknowledging|recalling|replying|responding|asking|urging|emphasizing|emphasising|announcing|
    commenting|remarking|observing|admitting|cautioning|vowing|pledging|complaining|lamenting|
    conceding|confirming|denying|accusing|describing|boasting|joking|telling|calling""",
    according_to="according to|in the words of|quoted by",
    impersonal="it said|it says|it added|it read|it reads|it stated",
    these_words="was the reply from|came the reply from|was the response from|came the response from|with these words|with those words|in these words|in those words|that was how|this was how|that was|those were the words of|those were|these were the words of|the words were those of",
    relative_pronouns="who which",
    masculine="he",
    feminine="she",
    pronouns="he she they",
    plural_pronouns="they",
    bare_plural_subjects=True,
    role_synonyms="pm=prime minister|premier=prime minister|tory leader=conservative leader",
    plurals="s y>ies s>ses ch>ches sh>shes x>xes man>men person>people",
    personal_relatives="who whom",
    kin_nouns="son daughter mother father wife husband brother sister grandson granddaughter grandmother grandfather grandma grandpa nan mum mom dad uncle aunt nephew niece cousin partner widow widower fiance fiancee stepson stepdaughter friend neighbour neighbor colleague flatmate boyfriend girlfriend",
    writer_asks="we asked|i asked|we ask|i ask",
    latter="the latter=",
    past_participle=r"\w{3,}ed",
    relation_nouns="critic ally supporter opponent aide source family relatives parents associate backer rival defence defense",
    role_nouns="""pm premier cardinal bishop archbishop client president minister spokesman spokeswoman spokesperson secretary leader chairman chairwoman
    director official officials ambassador diplomat premier chancellor senator governor mayor expert analyst
    professor chief head commander general envoy negotiator lawyer doctor researcher author pope
    prime adviser advisor aide representative manager ceo founder officer engineer farmer coach
    teacher judge prosecutor economist scientist activist witness resident student harbour chief
    congresswoman congressman councillor councilwoman councilman defendant
    attorney sheriff detective inspector sergeant captain nurse superintendent constable commissioner
    man woman neighbour neighbor member republican democrat
    boss skipper goalkeeper keeper midfielder striker winger defender forward pastor rabbi imam priest vicar reverend chaplain""",
    document_nouns="letter tweet post message email",
    naming_nouns="book novel memoir essay film movie documentary song album series show programme program campaign plan project operation initiative festival exhibition play opera musical poem slogan motto hashtag podcast column act bill manifesto",
    organization_nouns="""club group team presidency sources ministry government department office council commission committee agency
    statement report house kremlin administration embassy court police army association union party
    company newspaper spokesperson's foundation institute organization organisation alert letter
    district county authority board trust charity university hospital assembly parliament senate congress
    legislature school college academy
    washington beijing moscow kyiv kiev brussels""",
    masculine_role_endings="spokesman chairman congressman councilman",
    feminine_role_endings="woman",
    determiners="the a an this that his her their its our",
    possessives="his her their its our my your",
    not_names="""bit while but and or if when while after before as so yet for with without also then however
    mr mrs ms dr st photo file images president minister secretary general in on at of by from to it we i you there here
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
    through during despite until since against among under over via across within amid""",
    clause_openers="while whereas but although though",
    quoting_verbs="quoted|quoting|cited|citing",
    indefinite_articles="a an another some one",
    scare_markers="so-called|so called|dubbed|termed|self-styled|titled|entitled|the word|the term|the phrase|the slogan",
    denial_verbs="denied|denies|has denied|have denied|rejected|rejects|accused|accuses|has accused",
    participle_endings="ing",
    complementizers="that",
    asking_verbs="asked asks ask pressed presses questioned",
    perception_verbs="heard",
    and_words="and",
    object_pronouns="him",
    optional_complementizer=True,
    answer_words="answer reply response",
    according_at_start="for",
    passive_naming="is was are were been being > called described branded labelled labeled portrayed dubbed painted",
)
