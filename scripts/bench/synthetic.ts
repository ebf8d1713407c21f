// Deterministic synthetic content for the benchmark dataset: a seeded PRNG and generators of
// titles, abstracts, author names and organizations that look like Daily Papers entries, so that
// page sizes and text lengths are realistic.

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const words = (text: string) => text.trim().split(/\s+/);

const ADJECTIVES = words(`efficient scalable robust unified adaptive sparse dense multimodal causal
  contrastive generative hierarchical lightweight interpretable self-supervised zero-shot few-shot
  long-context diffusion-based retrieval-augmented parameter-efficient compositional steerable
  faithful grounded verifiable agentic structured continual federated quantized distilled`);
const NOUNS = words(`transformers agents representations embeddings policies reasoning alignment
  attention decoding tokenization benchmarks priors world-models planners retrievers encoders
  adapters rewards preferences trajectories kernels graphs features caches experts`);
const TASKS = words(`video-generation code-synthesis theorem-proving speech-recognition
  image-editing robot-manipulation machine-translation question-answering 3D-reconstruction
  protein-design mathematical-reasoning tool-use document-understanding web-navigation
  time-series-forecasting weather-prediction molecule-generation text-to-speech summarization
  visual-grounding`).map((task) => task.replace(/-/g, " "));
const METHODS = words(`mixture-of-experts reinforcement-learning preference-optimization
  speculative-decoding knowledge-distillation flow-matching chain-of-thought low-rank-adaptation
  curriculum-learning contrastive-pretraining test-time-scaling model-merging
  direct-preference-optimization state-space-models`).map((method) => method.replace(/-/g, " "));
const NAME_PARTS = words(`Swift Deep Omni Meta Hyper Nano Flash Turbo Vision Code Math Agent Gen
  Sparse Quant Long Any Uni Poly Star Nova Echo Prism Atlas Orbit Pulse Lumen Vega Zen`);
const NAME_TAILS = words(`KV Mix Former Bench LM Net Diff Flow RL Coder Gym VL Tok Seg Cast Bot Mind`);
const FILLER = words(`the model data training inference results baseline method performance
  approach tasks evaluation large language vision learning across under while without using
  improves reduces achieves demonstrates outperforms scales generalizes preserves enables
  memory latency accuracy throughput quality robustness efficiency diversity consistency
  signal objective loss gradient distribution samples tokens layers heads parameters compute
  open-source released code weights analysis ablation study shows that our we this these`);

/** A made-up system name such as "SwiftKV" or "OmniFlow-2". */
function systemName(rng: Rng): string {
  const name = pick(rng, NAME_PARTS) + pick(rng, NAME_TAILS);
  return rng() < 0.2 ? `${name}-${intBetween(rng, 1, 4)}` : name;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const titleCase = (text: string) => text.split(" ").map(capitalize).join(" ");

const TITLE_PATTERNS: ((rng: Rng) => string)[] = [
  (rng) => `${systemName(rng)}: ${titleCase(pick(rng, ADJECTIVES))} ${titleCase(pick(rng, NOUNS))} for ${titleCase(pick(rng, TASKS))}`,
  (rng) => `Towards ${titleCase(pick(rng, ADJECTIVES))} ${titleCase(pick(rng, TASKS))} with ${titleCase(pick(rng, METHODS))}`,
  (rng) => `${titleCase(pick(rng, METHODS))} Is All You Need for ${titleCase(pick(rng, TASKS))}`,
  (rng) => `Scaling ${titleCase(pick(rng, ADJECTIVES))} ${titleCase(pick(rng, NOUNS))} to ${intBetween(rng, 1, 900)}B Parameters`,
  (rng) => `On the ${titleCase(pick(rng, ["Limits", "Robustness", "Geometry", "Emergence", "Calibration"]))} of ${titleCase(pick(rng, NOUNS))} in ${titleCase(pick(rng, TASKS))}`,
  (rng) => `${systemName(rng)}: A Benchmark for ${titleCase(pick(rng, ADJECTIVES))} ${titleCase(pick(rng, TASKS))}`,
];

export function paperTitle(rng: Rng): string {
  return pick(rng, TITLE_PATTERNS)(rng);
}

function fillerSentence(rng: Rng): string {
  const count = intBetween(rng, 12, 26);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(pick(rng, FILLER));
  return `${capitalize(parts.join(" "))}.`;
}

const FRAMING: ((rng: Rng, name: string) => string)[] = [
  (rng) => `${capitalize(pick(rng, ADJECTIVES))} ${pick(rng, NOUNS)} remain a bottleneck for ${pick(rng, TASKS)}.`,
  (rng, name) => `We propose ${name}, a ${pick(rng, ADJECTIVES)} approach to ${pick(rng, TASKS)} based on ${pick(rng, METHODS)}.`,
  (rng) => `Existing methods built on ${pick(rng, METHODS)} struggle when ${pick(rng, NOUNS)} are ${pick(rng, ADJECTIVES)}.`,
  (rng, name) => `On ${intBetween(rng, 3, 14)} benchmarks, ${name} improves accuracy by ${intBetween(rng, 2, 40)}% over strong baselines while using ${intBetween(rng, 2, 10)}x less compute.`,
  (rng) => `Code, weights and data are available at https://github.com/${pick(rng, NAME_PARTS).toLowerCase()}-lab/${pick(rng, NAME_TAILS).toLowerCase()}.`,
];

/** An abstract between 1,000 and 2,000 characters, made of whole sentences. */
export function paperAbstract(rng: Rng, title: string): string {
  const name = title.includes(":") ? title.slice(0, title.indexOf(":")) : "our method";
  const target = intBetween(rng, 1000, 1800);
  const sentences = [FRAMING[0](rng, name), FRAMING[1](rng, name)];
  let length = sentences.join(" ").length;
  while (length < target) {
    const sentence = rng() < 0.25 ? pick(rng, FRAMING.slice(2))(rng, name) : fillerSentence(rng);
    // Sentences are under 300 characters, so this stop happens only past 1,700.
    if (length + 1 + sentence.length > 2000) break;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(" ");
}

const FIRST_NAMES = words(`Wei Yu Jing Hao Xin Min-jun Seo-yeon Ji-ho Hiroshi Yuki Aiko Arjun Priya
  Rohan Ananya Mohammed Fatima Omar Layla Lucas Sofia Mateo Valentina Emma Liam Olivia Noah Ava
  Elena Ivan Olga Dmitri Anna Jonas Lena Felix Clara Pierre Camille Giulia Marco Sara David
  Rachel Daniel Maya Kwame Amara Chidi Zainab Thanh Linh Minh Carlos Ana Diego Ingrid Lars`);
const LAST_NAMES = words(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Kim Lee Park Choi Jung
  Tanaka Suzuki Sato Sharma Patel Gupta Singh Kumar Iyer Hassan Ali Haddad Garcia Martinez Lopez
  Rossi Bianchi Muller Schmidt Schneider Fischer Dubois Martin Bernard Smith Johnson Brown
  Williams Davis Miller Wilson Ivanov Petrova Novak Okafor Mensah Nguyen Tran Pham Silva Santos
  Costa Andersen Nielsen Cohen Levi Yilmaz Demir`);

/** 1 to 30 names, most papers having a handful and a few having many. */
export function authorNames(rng: Rng): string[] {
  const count = Math.min(30, 1 + Math.floor(-Math.log(1 - rng()) * 5));
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(`${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`);
  return names;
}

const PLACES = words(`Northfield Riverside Lakeshore Kestrel Granite Harbor Summit Meadow Aurora
  Pinecrest Redwood Silverline Eastbrook Westmoor Highgate Cobalt Amber Cedar Falcon Orchid Tidal
  Quarry Juniper Marble Beacon Copper Willow Ember Sterling Glacier Maple Osprey`);
const ORG_KINDS = ["University", "AI", "Labs", "Institute of Technology", "Research", "AI Lab", "Robotics", "Intelligence"];

export interface Organization {
  slug: string;
  name: string;
}

/** `count` organizations with distinct slugs, e.g. { slug: "kestrel-ai", name: "Kestrel AI" }. */
export function organizations(rng: Rng, count: number): Organization[] {
  const bySlug = new Map<string, Organization>();
  while (bySlug.size < count) {
    let name = `${pick(rng, PLACES)} ${pick(rng, ORG_KINDS)}`;
    let slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    if (bySlug.has(slug)) {
      const suffix = bySlug.size;
      name = `${name} ${suffix}`;
      slug = `${slug}-${suffix}`;
    }
    bySlug.set(slug, { slug, name });
  }
  return [...bySlug.values()];
}

/** A random (version 4 shaped) UUID drawn from the seeded generator. */
export function uuid(rng: Rng): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(rng() * 4294967296).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Splits `total` into `count` shares that follow a Zipf-Mandelbrot law over a random ranking
 * (weight 1 / (rank + 10)^0.9): a few entries with thousands and a long tail of ones and twos
 * (or none, when the total is small).
 */
export function zipfShares(rng: Rng, count: number, total: number, maxShare = Infinity): number[] {
  const weights = Array.from({ length: count }, (_, rank) => 1 / (rank + 10) ** 0.9);
  const sum = weights.reduce((a, b) => a + b, 0);
  const ranked = weights.map((weight) => Math.min(maxShare, Math.floor((weight / sum) * total)));
  // Rounding down leaves a remainder: hand it out one by one to random entries with room.
  let left = total - ranked.reduce((a, b) => a + b, 0);
  while (left > 0) {
    const index = Math.floor(rng() * count);
    if (ranked[index] < maxShare) {
      ranked[index] += 1;
      left -= 1;
    }
  }
  // Shuffle so that popularity does not follow insertion order (Fisher–Yates).
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j], ranked[i]];
  }
  return ranked;
}
