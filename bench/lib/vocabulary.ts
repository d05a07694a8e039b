/**
 * Words of the scale seed's documents, in order of frequency (rank 1 is the most frequent): English
 * function words first (the 'english' configuration drops them, as it does in real text), then
 * technical and everyday words interleaved, then a deterministic tail of invented words, so the
 * vocabulary has the long tail of natural language. The seed draws ranks with a Zipf law
 * (P(rank r) ~ 1/r), which makes a two-word query match a realistic share of the corpus.
 */

/** The most frequent words of English text (all of them stop words of the 'english' configuration). */
const FUNCTION_WORDS = `
the of and to a in is that for it as with was on be by this are at from or an have not which but
all were can has their more its been also there these they than other into only such about when
`;

/** Computing, physics and research-infrastructure words. */
const TECHNICAL = `
data analysis computing cluster grid cloud storage archive tape disk network bandwidth latency
throughput workflow pipeline scheduler batch queue job container kubernetes docker singularity
apptainer virtual machine hypervisor node core processor accelerator gpu fpga memory cache
filesystem lustre ceph object bucket replication federation identity authentication authorization
token certificate proxy credential access policy portal gateway service provider infrastructure
facility detector telescope beamline synchrotron neutron laser spectrometer sensor calibration
simulation model monte carlo lattice quantum chromodynamics particle physics collision event trigger
reconstruction tracking vertex jet muon electron photon neutrino hadron boson quark gluon cosmology
galaxy survey radio astronomy interferometer correlator pulsar supernova gravitational wave black
hole dark matter energy spectrum redshift catalogue sky map image pixel resolution noise signal
fourier transform filter wavelet convolution deconvolution learning neural training inference
dataset benchmark metric accuracy gradient optimizer tensor matrix vector eigenvalue solver sparse
dense linear algebra parallel mpi openmp thread process kernel compiler fortran python julia rust
library package module dependency version release repository continuous integration testing
deployment reproducibility provenance metadata ontology vocabulary schema catalog index search query
database relational graph persistent identifier doi orcid licence open science fair principle
findable accessible interoperable reusable curation preservation lifecycle management plan
governance community practice working group meeting minutes agenda report slides paper proceedings
workshop conference course tutorial career skill researcher engineer scientist developer operator
administrator user support helpdesk ticket documentation manual guide requirement use case scenario
architecture design prototype pilot evaluation assessment performance scalability efficiency
consumption carbon footprint cooling power exascale petascale supercomputer hpc htc allocation quota
accounting usage monitoring alerting logging tracing dashboard visualization notebook jupyter
interactive transfer protocol xrootd webdav http gridftp rucio fts dcache eos cvmfs software
distribution environment operating system linux security vulnerability patch incident response
firewall encryption integrity checksum backup recovery disaster resilience availability redundancy
failover load balancer microservice api interface client server endpoint request stream message
broker kafka topic partition consumer producer record experiment collaboration instrument
observatory mission satellite spacecraft payload telemetry climate weather ocean atmosphere earth
observation remote sensing hydrology seismology genome sequencing protein bioinformatics imaging
microscopy tomography medical clinical cohort statistics probability likelihood bayesian uncertainty
error estimate fit parameter histogram correlation regression classification clustering anomaly
detection compression encoding format hdf5 netcdf root parquet arrow zarr fits json csv binary
algorithm annotation array assembly asynchronous backend baseline bitmap blockchain bottleneck
buffer bytecode callback checkpoint chunk cipher codec commit concurrency configuration consensus
consistency coordinator cpu cron daemon deadlock debugger decoder descriptor digest dispatcher
driver emulator entropy ethernet executor exporter fabric fragment framework garbage hashing header
heap heuristic hostname indexing ingest instance instrumentation interconnect interpreter iterator
journal keyspace lambda lease lexer linker locking lookup mainframe manifest mapper marshalling
middleware migration mirror multicast mutex namespace offset orchestration overlay packet paging
parser partitioning peering persistence pointer polling preprocessing profiler provisioning quorum
raid recursion refactor registry regex renderer replica resolver rollback router runtime sandbox
semaphore serialization sharding snapshot socket spooler sql staging subnet switch syntax tenant
terminal timestamp topology transaction tunnel uptime validator virtualization volume webhook
wrapper petabyte terabyte exabyte gigabit infiniband omnipath slurm htcondor frontier panda dirac
arc globus oauth oidc saml eduroam edugain escape stewardship openness
`;

/** Everyday English nouns, verbs and adjectives. */
const EVERYDAY = `
time year people way day man thing woman life child world school state family student country
problem hand part place week company program question work government number night point home water
room mother area money story fact month lot right study book eye word business issue side kind head
house friend father hour game line end member law car city name president team minute idea kid body
information back parent face others level office door health person art war history party result
change morning reason research girl guy moment air teacher force education foot boy age music market
sense nation college interest death experience effect class control care field development role
effort rate heart drug show leader light voice wife police mind price decision son view relationship
town road arm difference value building action season society tax director position player space
ground form official center couple site project activity star table need court oil situation cost
industry figure street phone patient test picture piece land sport organization material unit board
hospital success bank goal news say make go know take see come think look want give find tell ask
seem feel try leave call keep let begin help talk turn start hear play run move like live believe
hold bring happen write provide sit stand lose pay meet include continue set learn lead understand
watch follow stop create speak read allow add spend grow walk win offer remember love consider
appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell
require decide return explain hope develop carry break receive agree hit produce eat cover catch
draw choose cause listen realize close involve increase describe reduce prepare measure compare
discuss improve publish share review propose good new first last long great little own old big high
different small large next early young important few public bad same able late hard major better
economic strong possible whole free military true federal international full special easy clear
recent certain personal red difficult available likely short single current wrong private past
foreign fine common poor natural significant similar hot dead central happy serious ready simple
left physical general environmental financial blue democratic various entire legal religious cold
final main green nice huge popular traditional cultural
`;

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0);

/** Computing and physics words: group names, topics and survey texts of the seed are made of these. */
export const TOPIC_WORDS: readonly string[] = [...new Set(words(TECHNICAL))];

const SYLLABLES =
  words(`ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu
  na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo tra pro
  gen mar vel dor lin kan ser tor min`);

/** Invented words (three syllables and a consonant), the same every run: the vocabulary's long tail. */
function inventedWords(count: number, exclude: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = new Set(exclude);
  const n = SYLLABLES.length;
  const endings = ['', 'n', 'r', 's', 'l', 'x', 'm', 't'];
  for (let i = 0; out.length < count; i++) {
    // A fixed bijective scramble of i (odd multiplier mod 2^32) picks the syllables.
    const h = Math.imul(i + 1, 0x9e3779b1) >>> 0;
    const w =
      SYLLABLES[h % n] +
      SYLLABLES[Math.floor(h / n) % n] +
      SYLLABLES[Math.floor(h / n / n) % n] +
      endings[Math.floor(h / n / n / n) % endings.length];
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

/** The number of words of the seed's vocabulary. */
export const VOCABULARY_SIZE = 6000;

function rankedVocabulary(): string[] {
  const head = [...new Set(words(FUNCTION_WORDS))];
  const everyday = words(EVERYDAY).filter((w) => !TOPIC_WORDS.includes(w));
  const content: string[] = [];
  for (let i = 0; i < Math.max(TOPIC_WORDS.length, everyday.length); i++) {
    if (i < TOPIC_WORDS.length) content.push(TOPIC_WORDS[i]);
    if (i < everyday.length) content.push(everyday[i]);
  }
  const known = [...new Set([...head, ...content])];
  return [...known, ...inventedWords(VOCABULARY_SIZE - known.length, new Set(known))];
}

/** Every word, most frequent first. */
export const VOCABULARY: readonly string[] = rankedVocabulary();

/** How many words at the head of VOCABULARY are function words (stop words). */
export const FUNCTION_WORD_COUNT = new Set(words(FUNCTION_WORDS)).size;

/** A SQL array literal of plain lower-case ASCII words. */
function sqlArray(list: readonly string[], type: string): string {
  return `ARRAY[${list.map((w) => `'${w}'`).join(',')}]::${type}[]`;
}

/** The topic words as a SQL text[] literal. */
export function vocabularySql(): string {
  return sqlArray(TOPIC_WORDS, 'text');
}

/**
 * VOCABULARY as a SQL `name[]` literal: fixed-width elements make `arr[i]` constant time, where a
 * text[] is walked element by element (millions of look-ups in the seed).
 */
export function rankedVocabularySql(): string {
  return sqlArray(VOCABULARY, 'name');
}
