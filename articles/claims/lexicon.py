"""Word lists the rules read: speech verbs, titles, pronouns, name parts, units.

General English news vocabulary only: nothing here names a person, place or story of the
corpus, so the rules generalise to articles nobody tuned them on.
"""

from __future__ import annotations

import re


def trie_pattern(items: list[str], shortest_first: bool = False) -> str:
    """A regex alternation factored by common prefixes ("sa(?:id|ys)"): Python's re tries
    alternatives one by one, so a trie is several times faster than a flat list.

    By default a word is tried before the words it begins ("statements" before "statement");
    `shortest_first` tries them in sorted order instead, so the trie matches exactly what the
    flat alternation of the sorted list matches (the same backtracking order)."""
    root: dict[str, dict] = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        # (not "?": re skips a branch faster)
        return f"(?:|{body})" if shortest_first else f"(?:{body}|)"

    return emit(root)


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _regular(
    stem: str, ed: str | None = None, s: str | None = None, ing: str | None = None
) -> list:
    """The inflected forms of a regular verb ("warn" -> warns, warned, warning)."""
    if stem.endswith("ee"):
        forms = [stem + "s", stem + "d", stem + "ing"]
    elif stem.endswith("e"):
        forms = [stem + "s", ed or stem + "d", ing or stem[:-1] + "ing"]
    elif stem.endswith("y") and stem[-2] not in "aeiou":
        forms = [stem[:-1] + "ies", ed or stem[:-1] + "ied", ing or stem + "ing"]
    elif stem.endswith(("s", "sh", "ch", "x", "z")):
        forms = [stem + "es", ed or stem + "ed", ing or stem + "ing"]
    else:
        forms = [s or stem + "s", ed or stem + "ed", ing or stem + "ing"]
    return [stem, *forms]


# Verbs of saying, claiming, accusing, announcing, denying, warning and thinking. A verb maps to
# its lemma-like cue; the cue reported in a Claim is the form found in the text.
_SPEECH_STEMS = (
    "add admit affirm allege announce argue assert caution claim comment complain concede "
    "conclude confirm contend declare deny disclose emphasise emphasize estimate explain "
    "insist maintain mention note predict recall reiterate remark reply respond reveal stress "
    "suggest testify tweet urge warn acknowledge agree disagree accuse blame condemn criticise "
    "criticize denounce dismiss reject describe characterise characterize indicate pledge promise "
    "vow signal report state assure boast lament speculate contend counter retort clarify "
    "propose recommend hint insinuate reaffirm underline highlight observe demand believe hope "
    "fear expect doubt question threaten forecast praise welcome hail decry slam deplore "
    "announce confide declare detail outline reflect suppose reason recount opine quip joke "
    "muse assess dispute refute contest proclaim concur applaud defend justify identify "
    "continue express apologise apologize ask request advise encourage answer shout chant yell "
    "scream plead react theorise theorize dub instruct mandate refer inform profess regard "
    "assail point attribute ascribe determine imply reassert endorse envision envisage laud "
    "commend lambaste rebuke castigate berate chide excoriate confess deride rebut consider "
    "stipulate credit"
)
_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "writing", "written"],
    "think": ["think", "thinks", "thought", "thinking"],
    "find": ["find", "finds", "found", "finding"],
    "show": ["show", "shows", "showed", "shown", "showing"],
    "call": ["call", "calls", "called", "calling"],
    "quote": ["quoted"],
    "cite": ["cites", "cited", "citing"],
    "reference": ["referencing"],  # "resigned, referencing health issues", as "citing"
    "post": ["posted"],
    "read": ["read", "reads"],
    "rule": ["ruled", "rules"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "regret": ["regrets", "regretted"],
    "explain": ["explain", "explains", "explained", "explaining"],
    "commit": ["committed"],
    "term": ["termed"],
    "hold": ["holds", "held"],
    # Verbs whose other forms are mostly nouns ("the protests", "murder charges"): only the
    # forms that are verbs, each speech only with its own words after it (see `_speech_use`).
    "protest": ["protested"],
    "object": ["objected"],
    "charge": ["charged"],
    "appeal": ["appealed"],
    "swear": ["swore"],
    "remember": ["remembered", "remembers"],
    # speech only with quoted words of their own: "spoke of the “lost decade”"
    "speak": ["spoke"],
    "talk": ["talked"],
    "reckon": ["reckon", "reckons", "reckoned"],
    "underscore": ["underscored", "underscores", "underscoring"],
    "reassure": ["reassured"],
    "thank": ["thanked", "thanking"],
    "mock": ["mocked"],
    "second": ["seconded"],  # "Merkel seconded the proposal" (not "the second round")
    "ridicule": ["ridiculed"],
    "specify": ["specifies", "specified"],  # "The Constitution specifies that ..."
    "establish": ["established", "establishes"],  # a finding: "established that ..."
    # a verdict on someone named: "labeled Soleimani as a terrorist" (not "a labelled box")
    "label": ["labeled", "labelled", "labels"],
    "brand": ["branded", "brands"],
    "designate": ["designated", "designates"],
    # A platform or a stance: "The party advocates states' rights", "It opposes abortion"
    # (not "privacy advocates say"; not "opposed", mostly a vote or a past act, nor
    # "conservatives opposing X", who describes them).
    "advocate": ["advocate", "advocates", "advocated"],
    "oppose": ["oppose", "opposes"],
    # criticism with its target: "railed against the rioters", "lashed out at the press"
    "rail": ["railed"],  # (only the forms that are verbs: not "the rails")
    # a verdict on someone named: "attacked Trump for ...", "insulted Biden as unintelligent",
    # "challenged Biden to name ..." (not "attacked the village", "challenged the ruling")
    # a choice announced: "named Kamala Harris as his running mate" (not "a man named John")
    "name": ["named"],
    "select": ["selected"],
    "pick": ["picked"],
    "choose": ["chose"],
    "attack": ["attacked"],  # (not "the attacks")
    "insult": ["insulted"],
    "challenge": ["challenged"],  # (not "new challenges")
    "lash": ["lashed"],
}
_SPECIAL_ED = {
    "admit": "admitted",
    "commit": "committed",
    "vow": "vowed",
    "quip": "quipped",
    "signal": "signaled",
    "plead": "pleaded",
}

SPEECH_FORMS: dict[str, str] = {}
for _stem in _SPEECH_STEMS.split():
    for _form in _regular(_stem, ed=_SPECIAL_ED.get(_stem)):
        SPEECH_FORMS[_form] = _stem
for _stem, _forms in _IRREGULAR.items():
    for _form in _forms:
        SPEECH_FORMS[_form] = _stem
SPEECH_FORMS.update(
    signalled="signal",
    signalling="signal",
    criticised="criticise",
    dubbed="dub",
    dubbing="dub",
    referred="refer",
    referring="refer",
    quipping="quip",
)
for _wrong in ("dubed", "refered", "quiping"):
    SPEECH_FORMS.pop(_wrong, None)
# Adjectives of stance after "be": "Secularists are concerned the Government will ...".
STANCE_ADJECTIVES = words(
    "concerned worried confident convinced adamant hopeful optimistic pessimistic skeptical "
    "sceptical afraid fearful certain critical supportive dismissive wary"
)
for _form in STANCE_ADJECTIVES:
    SPEECH_FORMS[_form] = "stance"
SPEECH_FORMS.pop("commit", None)
SPEECH_FORMS.pop("state", None)  # mostly a noun: "state media", "the state"
SPEECH_FORMS.pop("committed", None)

# Cognition verbs: a stance, not a statement; reported when their subject is a named source.
COGNITION = words("believe think hope fear expect doubt")

# Verbs that come before their subject after a quotation or a comma ('..., said Peskov.'), or
# open a sentence ('Remarked Tierra Curry, "..."').
INVERTING = words(
    "said says added adds reported wrote writes explained noted continued recalled warned "
    "stated declared concluded argued insisted claimed observed remarked replied responded "
    "tweeted announced asked reads read"
)
# Phrases that name a source after them, as "according to" does ("in the words of X", a
# sentence opening "By some accounts, ...").
SOURCE_CUES = frozenset(
    {"according to", "by", "per"}
    | {
        f"in the {noun} of"
        for noun in words("words view opinion analysis assessment estimation judgment judgement")
    }
)
# Nouns of records a source leaves: "according to videos posted online", "by his own account".
RECORD_NOUNS = words(
    "video videos footage image images photo photos picture pictures post posts tweet tweets "
    "message messages email emails memoir memoirs book books diary diaries testimony account "
    "accounts interview interviews recording recordings biography autobiography blog website "
    "reports report estimates estimate documents records facts evidence"
)

# Lowercase particles inside a person's name: "Arnel dela Vega", "Ursula von der Leyen".
NAME_PARTICLES = words(
    "al el bin ibn de da di du del della dela der den van von la le dos das ter ben bint zu ten"
)

# Subject pronouns, and what they can refer to.
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s"}

# Capitalised words that start sentences but are not names.
NOT_NAMES = words(
    "The A An In On At By For From With Without About After Before During Since Until Into "
    "Over Under Between Among Through Across Against Toward Towards Of To As If When While "
    "Where Whereas "
    "Although Though Because But And Or Nor So Yet Also Then Thus Still However Meanwhile "
    "Moreover Furthermore Additionally Separately Earlier Later Currently Previously Recently "
    "Finally First Second Third Last Next Now Today Yesterday Tonight Tomorrow This That These "
    "Those There Here It Its He She They We I You His Her Their Our My Your Him Them Us Me Who "
    "Whom Whose Which What Why How Some Many Most Several All Both Each Every Other Another Such "
    "No Not Nor Only Even Just Instead Despite Once Like Unlike According Speaking Commenting "
    "Asked Following Amid Amidst Beyond Within Throughout Upon Per Via Nearly About Around "
    "Approximately Almost Roughly Over Under More Less Fewer At Up Dozens Hundreds Thousands "
    "Millions Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Sir Read Watch Listen Advertisement Related Please "
    "Click Share Subscribe Sign Yes Oh Well Let Do Don't Does Did Is Are Was Were Has Have Had "
    "Will Would Can Could Should Must May Might Shall Being Been Be Having Initially Ultimately "
    "Eventually Overall Indeed Still Specifically Notably Importantly Similarly Likewise "
    "Consequently Therefore Hence Accordingly Subsequently Originally Apparently Reportedly "
    "Allegedly Officially Clearly Certainly Perhaps Maybe Unfortunately Fortunately Interestingly "
    "Amongst Whilst Regarding Concerning Considering Including Um Uh Yeah Okay "
    "Elsewhere Nevertheless Nonetheless Regardless Otherwise Thereafter Afterwards Afterward "
    "Besides Again Together Altogether Lately Soon Few Numerous Various "
    "I'd I’d I'm I’m I've I’ve I'll I’ll"
)

# Words of a title or role that precede a name ("Russian President Vladimir Putin").
TITLES = words(
    "president vice prime minister foreign defence defense interior health finance justice "
    "chancellor secretary senator sen rep representative congressman congresswoman governor "
    "gov mayor deputy chief executive ceo director chairman chairwoman chair judge speaker "
    "leader ambassador envoy special spokesman spokeswoman spokesperson professor prof dr mr "
    "mrs ms miss mx sir dame lord lady king queen prince princess pope emperor empress "
    "cardinal archbishop "
    "bishop rev reverend father sheikh emir crown former ex acting interim sergeant sgt captain "
    "capt colonel col lieutenant lt major maj admiral commander officer detective inspector "
    "constable superintendent commissioner attorney prosecutor coach manager head senior "
    "assistant press premier counsel solicitor advocate mp mep lawmaker rabbi imam ayatollah "
    "supreme general gen state sheriff marshal ombudsman aide adviser advisor correspondent "
    "legislator congressman congresswoman councilman councilwoman alderwoman "
    "editor reporter founder president-elect secretary-general vice-president then-president "
    "first minister-president commissioner-general dean provost rector principal pastor elder "
    "physician doctor nurse analyst economist historian scientist researcher astronaut "
    "chairperson treasurer councillor councilor alderman assemblyman assemblywoman delegate "
    "candidate nominee activist lawyer barrister author writer president's ecologist "
    "biologist physicist chemist geologist astronomer astrophysicist archaeologist "
    "archeologist anthropologist psychologist sociologist epidemiologist virologist zoologist "
    "botanist meteorologist climatologist oceanographer mathematician engineer architect "
    "novelist poet artist actor actress singer musician producer photographer journalist "
    "columnist commentator presenter host broadcaster sportswriter athlete player "
    "neuroscientist psychiatrist veterinarian paleontologist palaeontologist entomologist "
    "ornithologist geneticist immunologist pathologist surgeon pharmacist curator "
    "spokesman-elect countryman countrywoman teammate businessman businesswoman "
    "entrepreneur billionaire filmmaker comedian chef cosmonaut rapper footballer cricketer "
    "golfer boxer administrator coordinator rapporteur coroner"
)
MALE_TITLES = words(
    "mr sir lord king prince father sheikh emir congressman assemblyman pope emperor"
)
FEMALE_TITLES = words(
    "mrs ms miss dame lady queen princess empress congresswoman assemblywoman chairwoman "
    "spokeswoman"
)

# Nouns that head a description of a person ("the official", "a top aide").
PERSON_NOUNS = words(
    "official president leader minister chancellor secretary senator governor mayor spokesman "
    "spokeswoman spokesperson aide adviser advisor ambassador envoy director chairman chairwoman "
    "chief head judge prosecutor lawyer attorney officer commander general diplomat negotiator "
    "analyst expert scientist researcher doctor professor premier king queen prince princess "
    "pope ombudsman source witness resident victim survivor owner founder manager coach player "
    "candidate lawmaker legislator representative congressman congresswoman mp politician "
    "activist author writer editor correspondent reporter journalist economist historian "
    "spokesperson investigator detective inspector superintendent commissioner sheriff officer "
    "man woman boy girl father mother son daughter husband wife brother sister friend neighbour "
    "neighbor teacher student worker employee executive ceo chair member emir sheikh cleric "
    "bishop archbishop priest rabbi imam pastor astronaut pilot captain engineer designer "
    "organiser organizer curator spokesmen physician surgeon nurse paramedic attacker suspect "
    "gunman assailant shooter driver defendant plaintiff accused chairperson governor-general "
    "deputy aide-de-camp consultant representative agent broker trader farmer owner resident "
    "scholar academic specialist biologist ecologist physicist chemist geologist astronomer "
    "archaeologist anthropologist psychologist sociologist epidemiologist virologist "
    "meteorologist climatologist mathematician egyptologist scientist researcher eyewitness "
    "bystander parent teenager protester demonstrator campaigner lawyer fan voter citizen "
    "contributor co-author coauthor co-founder cofounder fellow administrator coordinator "
    "selectman selectwoman rapporteur coroner moderator mediator lecturer instructor "
    "co-developer developer podcaster blogger poster commenter user participant attendee "
    "visitor customer passenger individual spectator tourist pilgrim publicist person child kid "
    "relative sibling rescuer firefighter soldier policeman policewoman medic volunteer mourner "
    "villager shopkeeper vendor merchant marcher striker miner fisherman refugee migrant "
    "evacuee militant rebel fighter insurgent hostage detainee prisoner inmate monk nun "
    "onlooker supporter opponent critic observer commentator pundit insider staffer colleague "
    "classmate spouse widow widower grandmother grandfather uncle aunt cousin nephew niece "
    "homeowner tenant landlord shopper motorist cyclist pedestrian veteran ranger warden "
    "trooper sailor diver climber dentist pharmacist midwife nanny carer caretaker pupil "
    "graduate organiser negotiator mediator clerk guard bailiff receptionist janitor cashier "
    "waiter waitress bartender cook porter doorman housekeeper gardener labourer laborer "
    "builder electrician plumber mechanic technician dispatcher lifeguard interpreter "
    "translator intern trainee apprentice associate loyalist confidant successor predecessor "
    "rival challenger ally employer banker investor shareholder consumer viewer reader "
    "listener environmentalist conservationist economist auditor magistrate chaplain "
    "headteacher registrar goalkeeper referee umpire jockey trainer sprinter swimmer strategist "
    "pollster lobbyist juror"
)
# Descriptions of a person that tell their gender ("Thomas' sister ..., but he replied").
FEMALE_NOUNS = words(
    "woman girl mother daughter wife sister grandmother aunt niece widow businesswoman "
    "spokeswoman chairwoman congresswoman assemblywoman queen princess actress lady mum mom"
)
MALE_NOUNS = words(
    "man boy father son husband brother grandfather uncle nephew widower businessman spokesman "
    "chairman congressman assemblyman king prince actor dad"
)
# Nouns that head a description of a group or a body ("Western capitals", "the report").
GROUP_NOUNS = words(
    "officials leaders ministers capitals government governments authorities police ministry ally "
    "partner "
    "department agency office administration military army navy force forces court council "
    "committee commission parliament cabinet company firm group organisation organization "
    "union party alliance delegation team side family families residents witnesses sources "
    "experts analysts scientists researchers doctors investigators prosecutors lawyers "
    "negotiators diplomats lawmakers legislators members activists critics supporters "
    "opponents observers organisers organizers media news newspaper paper outlet website network "
    "channel broadcaster agency report statement study research survey poll letter release "
    "document filing memo complaint indictment lawsuit transcript data figures records estimates "
    "regulator regulators watchdog coalition campaign board bureau service services spokesmen "
    "spokespeople representatives officers students workers employees staff crew people "
    "citizens voters protesters demonstrators villagers locals survivors victims fans "
    "economists historians commentators pundits reports sources tribunal embassy consulate "
    "ombudsman prosecution defence defense statement movement militia rebels insurgents "
    "militants archive association institute university hospital charity foundation "
    "scientists authors writers organisers airline operator manufacturer studio publisher "
    "label club league federation ministry council municipality county city state province "
    "region country nation administration regime junta opposition utility operator "
    "carrier insurer bank lender retailer supplier contractor developer consortium "
    "network broadcaster newspaper magazine station clinic laboratory lab university school "
    "museum zoo assembly panel body bloc jury tribunal "
    "chamber legislature children palace presidency secretariat"
)


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


GROUP_NOUNS = GROUP_NOUNS | frozenset(_plural(noun) for noun in PERSON_NOUNS | GROUP_NOUNS)
# "An official government Twitter account said ...": an account speaks for whoever runs it
# (but "according to witness accounts and authorities" names the witnesses, not accounts).
GROUP_NOUNS |= {"account"}
# Nouns of figures and records: "data from the Gun Violence Archive" speaks for the archive.
DATA_NOUNS = words(
    "data figures statistics estimates records numbers count tally reports report results findings "
    "projection projections tallies calculations forecast forecasts database databases"
)
# Nouns of media and institutions: "Germany's Der Spiegel news website" is Der Spiegel.
INSTITUTION_NOUNS = words(
    "website newspaper paper outlet network channel broadcaster agency magazine daily tabloid "
    "station company firm ministry office department"
)
DOCUMENT_NOUNS = words(
    "report statement study survey poll letter release document filing memo complaint "
    "indictment lawsuit transcript communique communiqué announcement ruling verdict decision "
    "paper analysis review assessment comments remarks statements posts tweets messages "
    "judgment judgement finding opinion order decree directive resolution doctrine doctrines "
    "framework guidelines guideline policy rules regulations charter constitution treaty "
    "manifesto posting section proclamation summary notice petition email results motion brief "
    "publication draft proposal plan investigation investigations inquiry inquiries autopsy "
    "autopsies necropsy postmortem post-mortem bulletin bulletins advisory advisories schedule"
)
# Nouns of a court's decision: "according to the ruling" speaks for the court.
RULING_NOUNS = words("ruling judgment judgement verdict decision opinion order finding sentence")
# Heads of a court or a judge: "the Luxembourg-based court", "a federal judge".
COURT_HEADS = words(
    "court courts tribunal tribunals judge judges justice justices jury juries magistrate "
    "magistrates panel"
)
# Organisation words: a capitalised sequence containing one names a body, not a person.
ORG_WORDS = words(
    "authority police ministry department court council agency times news party union "
    "committee office service services house university college school company corporation "
    "corp inc ltd llc plc group association organization organisation forces force army navy "
    "bank commission parliament congress senate government institute center centre foundation "
    "society club federation network television tv radio press post journal gazette airlines "
    "airways magazine today daily herald tribune guardian telegraph observer review museum "
    "hospital church palace kremlin pentagon republic kingdom states nations coast guard board "
    "bureau fund program programme project assembly cabinet administration reuters channel "
    "broadcasting media games cup league festival expo orchestra charity platform front "
    "movement alliance coalition democrats republicans labour conservatives laboratory "
    "observatory trust directorate command headquarters station airport street road square "
    "city county province region island islands river sea ocean mountain lake park valley bay "
    "gulf north south east west northern southern eastern western central supreme federal "
    "national international united world global european american british africa asia europe "
    "academy council commission ministry agency network system systems technologies motors "
    "energy oil gas police fire rescue brigade team fc united city county district "
    "province state prefecture municipality embassy consulate mission clinic centre center "
    "health medical defence defense security intelligence force emergency agency wikinews "
    "wikipedia facebook twitter google youtube instagram watch"
)
# Articles, determiners and quantifiers that open a noun phrase.
DETERMINERS = words(
    "the a an this that these those his her its their our my your some many several most all "
    "both each every another other any no one two three four five six seven eight nine ten"
)
# Words skipped between a subject and its verb ("Kyiv has repeatedly said").
BETWEEN_SUBJECT_AND_VERB = words(
    "has have had also repeatedly reportedly further consistently previously later then once "
    "again publicly earlier already recently now still quickly immediately initially first "
    "finally flatly strongly openly privately separately subsequently allegedly officially "
    "explicitly is was were are been be being will would could can may might should must did "
    "does do not never even just only too often always widely jointly yet since long "
    "frequently reportedly clearly simply personally directly formally briefly angrily "
    "emphatically bluntly calmly quietly loudly proudly sharply tersely confidently "
    "cautiously optimistically pessimistically specifically separately apparently "
    "essentially effectively ultimately eventually today yesterday tonight n't far thus"
)
PREPOSITIONS = words(
    "of to with in on at by for from about against into over under after before during "
    "toward towards among between through across via per than like despite within without "
    "upon onto behind beside near including"
)
RELATIVES = words("who whom whose which where when that while whereas although though")
TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december week weekend month year morning "
    "afternoon evening night day today yesterday tonight weeks months years days hours hour "
    "minutes minute decade decades century centuries earlier later ago"
)
MONTHS = words(
    "january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec"
)
# Common first names (a small list: enough to tell a person from a body, and the gender).
MALE_NAMES = words(
    "james john robert michael william david richard joseph thomas charles christopher daniel "
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy "
    "ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin "
    "scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry "
    "tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy "
    "christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse "
    "jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy "
    "vincent ralph eugene russell bobby mason philip louis vladimir dmitry dmitri volodymyr "
    "sergei sergey yuri igor ivan alexei alexey mikhail nikolai andrei andrii oleksandr "
    "boris viktor emmanuel francois françois jean pierre jacques nicolas olaf friedrich "
    "angela helmut gerhard hans karl klaus jurgen jürgen wolfgang giuseppe giovanni matteo "
    "mario luigi carlos juan luis jorge pedro miguel antonio manuel francisco javier rafael "
    "ahmed mohamed mohammed muhammad ali hassan hussein omar abdullah khalid khaled ibrahim "
    "mahmoud mustafa recep tayyip benjamin yair naftali xi li wang shinzo fumio narendra "
    "rahul imran nawaz jair luiz andres andrés keir boris rishi tony gordon david nigel "
    "jeremy jacinda scott malcolm kevin justin stephen pierre jared steve mike mitch chuck "
    "bernie ted marco rand kamala joe barack hillary bill jim tim tom ben sam dan bob rob "
    "nick chris matt ken greg jeff jon ron ray rex max leo luke mark marc martin simon "
    "stefan tomasz pawel paweł łukasz lukasz andrzej mateusz krzysztof joachim piotr jan "
    "karol marek adam jakub wojciech rustem dmytro mykhailo petro taras vitali vitaliy "
    "alexander alessandro hugo felix oscar victor edgar otto emil lars sven erik anders "
    "magnus mats jonas mohammad suleiman abdul abu salman recep bashar hosni anwar kim "
    "moon shinzo yoshihide akira hiroshi kenji takeshi tayyip lee elon jeff warren mark "
    "tim satya sundar sergey larry howard rupert reed ed al fred sid bernard zach wyatt dave "
    "steve andy pete phil rick dick tom harry jim ned abe don"
)
FEMALE_NAMES = words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa "
    "deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna "
    "brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn "
    "janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina "
    "lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria "
    "ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise "
    "amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella "
    "charlotte rose alexis kayla hillary kamala theresa ursula angela marine christine "
    "jacinda julia nicola liz priti yulia olena iryna oksana natalia natalya svetlana "
    "tatiana olga irina elena ekaterina yekaterina valentina lyudmila maria mariya hanna "
    "ivanka melania michelle nikki elizabeth alexandria ilhan rashida ayanna nancy dianne "
    "elise susan lisa amy tammy kirsten sheila shelagh dawn deirdre dierdre nadine toni "
    "greta malala aung sheikh benazir indira sonia mamata golda tzipi beata agnieszka "
    "katarzyna magdalena joanna monika ewa sally sophie lucy ella chloe zoe ruby jade "
    "mia ava leah naomi kate jane meghan camilla diana anne kristin kristi gina ingrid "
    "annalena sanna mette erna jacinta"
)

# Adjectives of nations, peoples and regions: "the Turkish statement" is not Turkish's. The
# suffix rule in `is_demonym` catches most others ("Ukrainian", "Congolese", "Kurdish").
DEMONYMS = words(
    "afghan african albanian algerian american andorran angolan arab arabian argentine "
    "argentinian armenian asian australian austrian azerbaijani bahraini bangladeshi belarusian "
    "belgian bolivian bosnian brazilian british bulgarian burmese burundian cambodian cameroonian "
    "canadian catalan chadian chilean chinese colombian congolese croatian cuban cypriot czech "
    "danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european "
    "filipino finnish flemish french georgian german ghanaian greek guatemalan haitian "
    "honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian "
    "jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao "
    "latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian "
    "malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan "
    "mozambican namibian nepali nepalese nicaraguan nigerian nigerien norwegian omani "
    "pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari "
    "rican salvadoran roman romanian russian rwandan samoan saudi scottish senegalese serbian "
    "sierra singaporean "
    "slovak slovakian slovenian somali sudanese spanish swedish swiss syrian "
    "taiwanese tajik tanzanian thai tibetan togolese tongan tunisian turkish turkmen ugandan "
    "ukrainian uruguayan uzbek venezuelan vietnamese welsh western eastern northern southern "
    "yemeni zambian zimbabwean soviet latin hispanic islamic jewish muslim christian catholic "
    "orthodox sunni shia shiite hindu buddhist"
)


def is_demonym(word: str) -> bool:
    """Whether a capitalised word is an adjective of a nation or people ("Turkish", "Congolese"),
    which describes a body but never names one."""
    low = word.lower().rstrip(".,;:")
    if low in DEMONYMS:
        return True
    if not word[:1].isupper() or low in MALE_NAMES or low in FEMALE_NAMES:
        return False
    return low.endswith(("ese", "ian", "ish")) and len(low) > 5 and low not in ORG_WORDS


# Nouns ending in -ly, which the rules would otherwise step over as adverbs ("Organizers of
# the rally said").
LY_NOUNS = words(
    "rally family assembly supply reply ally anomaly monopoly butterfly bully tally belly jelly "
    "folly homily melancholy"
)
