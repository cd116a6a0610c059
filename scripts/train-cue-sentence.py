# Trains the cue sentence model (lib/pipeline/claims/cue-sentence.ts) with PyTorch; run by scripts/derive-cues.ts.
#
# Why Python: PyTorch's LSTM and Adam are well kept and fast on a CPU; a hand-written backpropagation through time in
# TypeScript would be slower and easier to get wrong. Only training needs it (Debian: apt-get install python3-torch);
# the extension runs the trained weights in TypeScript (cue-sentence-scorer.ts), and tests check the two agree.
#
# usage: python3 train-cue-sentence.py DATA.json VECTORS.f32 OUT.json
#   DATA: {"dims", "models": [[fold left out, or -1 for none], ...], "docs": [{"fold", "rows", "pos", "flags",
#          "cands": [[token, perceptron score, 1 or 0], ...]}]}; flags are 3 per token (cue-sentence.ts tokenFlags).
#   OUT:  {"models": one flat float list per model, in cue-sentence.ts's encode order (header first),
#          "heldOut": for each fold model, {document index: [score per candidate]} on the fold it did not see, on the
#          perceptron's scale, so that derive-cues.ts can check the TypeScript scorer against PyTorch}.
import json
import sys
from multiprocessing import Pool

import numpy as np
import torch
from torch import nn

HIDDEN = 8  # fold-0 cue F1 over candidates: 8 units 81.9, 16 units 82.5, 32 units 82.1; 8 keeps the pipeline fast
POS_DIMS = 16
POS_ROWS = 64
OUT_HIDDEN = 32
EPOCHS = 6
BATCH = 32
RATE = 2e-3


class Net(nn.Module):
    def __init__(self, vectors):
        super().__init__()
        self.vectors = vectors
        self.unknown = vectors.shape[0] - 1
        self.pos = nn.Embedding(POS_ROWS, POS_DIMS)
        self.rnn = nn.LSTM(vectors.shape[1] + POS_DIMS + 3, HIDDEN, batch_first=True, bidirectional=True)
        self.hidden2 = nn.Linear(2 * HIDDEN + 1, OUT_HIDDEN)
        self.out2 = nn.Linear(OUT_HIDDEN, 1)
        self.direct = nn.Linear(1, 1)

    def forward(self, rows, pos, flags, lens, cb, ci, score):
        x = torch.cat([self.vectors[rows], self.pos(pos), flags], -1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
        o, _ = self.rnn(packed)
        o, _ = nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=x.shape[1])
        s = score.unsqueeze(-1) / 10
        z = torch.cat([o[cb, ci], s], -1)
        return (self.out2(torch.tanh(self.hidden2(z))) + self.direct(s)).squeeze(-1)

    def flat(self):
        """The weights in cue-sentence.ts's order: header, POS table, each direction's input, recurrent and bias, output."""
        r = self.rnn
        d = lambda t: t.detach().numpy().astype(np.float32).ravel()
        parts = [np.array([HIDDEN, self.vectors.shape[1], POS_DIMS, OUT_HIDDEN], np.float32), d(self.pos.weight)]
        for sfx in ('', '_reverse'):
            parts += [d(getattr(r, 'weight_ih_l0' + sfx)), d(getattr(r, 'weight_hh_l0' + sfx)),
                      d(getattr(r, 'bias_ih_l0' + sfx) + getattr(r, 'bias_hh_l0' + sfx))]
        parts += [d(self.hidden2.weight), d(self.hidden2.bias), d(self.out2.weight), d(self.out2.bias),
                  d(self.direct.weight), d(self.direct.bias)]
        return np.concatenate(parts)


def sentences(docs):
    """Each sentence that holds a candidate: (fold, rows, pos, flags, candidate offsets, scores, labels, where)."""
    out = []
    for d, doc in enumerate(docs):
        sent, by = doc['sent'], {}
        for k, (i, s, y) in enumerate(doc['cands']):
            by.setdefault(sent[i], []).append((i, s, y, k))
        bounds = {}
        for k, s in enumerate(sent):
            bounds.setdefault(s, [k, k])[1] = k
        flags = np.array(doc['flags'], np.float32).reshape(-1, 3)
        for s, cs in by.items():
            a, b = bounds[s]
            out.append((doc['fold'], np.array(doc['rows'][a:b + 1]), np.array(doc['pos'][a:b + 1]), flags[a:b + 1],
                        np.array([c[0] - a for c in cs]), np.array([c[1] for c in cs], np.float32),
                        np.array([c[2] for c in cs], np.float32), [(d, c[3]) for c in cs]))
    return out


def batch(items, unknown):
    n, length = len(items), max(len(s[1]) for s in items)
    rows = torch.full((n, length), unknown, dtype=torch.long)
    pos = torch.zeros((n, length), dtype=torch.long)
    flags = torch.zeros((n, length, 3))
    cb, ci, sc, ys = [], [], [], []
    for k, s in enumerate(items):
        m = len(s[1])
        r = s[1].copy()
        r[r < 0] = unknown
        rows[k, :m], pos[k, :m], flags[k, :m] = torch.tensor(r), torch.tensor(s[2]), torch.tensor(s[3])
        cb += [k] * len(s[4]); ci += list(s[4]); sc += list(s[5]); ys += list(s[6])
    lens = torch.tensor([len(s[1]) for s in items])
    return (rows, pos, flags, lens, torch.tensor(cb), torch.tensor(ci), torch.tensor(sc)), torch.tensor(ys)


def held_out_scores(net, data, scores):
    """The model's scores for candidates it did not see, by document and candidate."""
    net.eval()
    with torch.no_grad():
        for b in range(0, len(data), 256):
            items = data[b:b + 256]
            xs, _ = batch(items, net.unknown)
            out = (net(*xs) * 10).tolist()
            for where, z in zip((w for s in items for w in s[7]), out):
                scores.setdefault(str(where[0]), {})[where[1]] = z


def train(data, vectors, seed, name):
    torch.manual_seed(seed)
    order = np.random.RandomState(seed)
    net = Net(vectors)
    opt = torch.optim.Adam(net.parameters(), lr=RATE)
    data = list(data)
    for epoch in range(EPOCHS):
        # Shuffled, then sorted by length within stretches of 50 batches: less padding, nearly as random.
        order.shuffle(data)
        stretch = 50 * BATCH
        data = [s for a in range(0, len(data), stretch) for s in sorted(data[a:a + stretch], key=lambda s: len(s[1]))]
        starts = list(range(0, len(data), BATCH))
        order.shuffle(starts)
        total = 0.0
        for b in starts:
            xs, ys = batch(data[b:b + BATCH], net.unknown)
            loss = nn.functional.binary_cross_entropy_with_logits(net(*xs), ys)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        print(f'  {name}, epoch {epoch + 1}/{EPOCHS}: loss {total / len(starts):.4f}', file=sys.stderr, flush=True)
    return net


def load(data_path, vectors_path):
    data = json.load(open(data_path))
    v = np.fromfile(vectors_path, dtype=np.float32).reshape(-1, data['dims'])
    # The last row stands for a word without a vector (and for padding): zeros, with the "unknown" flag set.
    vectors = torch.tensor(np.concatenate([v, np.zeros((1, v.shape[1]), np.float32)]))
    return data['models'], vectors, sentences(data['docs'])


def train_one(args):
    """One model, in its own process: (flat weights, held-out scores by document and candidate)."""
    left_out, data_path, vectors_path = args
    # One thread each, two models at a time: this small LSTM gains little from a second thread.
    torch.set_num_threads(1)
    _, vectors, sents = load(data_path, vectors_path)
    name = f'without fold {left_out}' if left_out >= 0 else 'on all of train'
    print(f'cue sentence model {name}: training', file=sys.stderr, flush=True)
    net = train([s for s in sents if s[0] != left_out], vectors, 42, name)
    held_out = {}
    if left_out >= 0:
        held_out_scores(net, [s for s in sents if s[0] == left_out], held_out)
    print(f'cue sentence model {name}: done', file=sys.stderr, flush=True)
    return net.flat().tolist(), held_out


def fixture(out_path):
    """A small untrained model, its inputs and PyTorch's outputs: tests/pipeline/claims/cue-sentence.test.ts checks that
    the TypeScript scorer gives the same (gate order, weight layout, both directions)."""
    torch.manual_seed(7)
    rng = np.random.RandomState(7)
    scales = np.array([0.05, 0.02, 0.04, 0.03], np.float32)
    values = rng.randint(-127, 128, size=(6, 4)).astype(np.int8)
    vectors = torch.tensor(np.concatenate([values * scales, np.zeros((1, 4), np.float32)]))
    net = Net(vectors)
    for p in net.parameters():
        nn.init.uniform_(p, -0.5, 0.5)
    sents = []
    for n in (5, 9, 1):
        rows = rng.randint(-1, 6, size=n)
        pos = rng.randint(0, 40, size=n)
        flags = np.stack([rng.randint(0, 2, size=n), rng.randint(0, 2, size=n), (rows < 0).astype(int)], 1).astype(np.float32)
        cands = sorted(set(rng.randint(0, n, size=3).tolist()))
        scores = (rng.randn(len(cands)) * 10).astype(np.float32)
        sents.append((0, rows, pos, flags, np.array(cands), scores, np.zeros(len(cands), np.float32), []))
    xs, _ = batch(sents, net.unknown)
    with torch.no_grad():
        out = (net(*xs) * 10).tolist()
    json.dump({'scales': scales.tolist(), 'values': values.ravel().tolist(), 'model': net.flat().tolist(),
               'sentences': [{'rows': s[1].tolist(), 'pos': s[2].tolist(), 'flags': s[3].ravel().tolist(),
                              'cands': s[4].tolist(), 'scores': s[5].tolist()} for s in sents], 'expected': out},
              open(out_path, 'w'))


def main():
    if sys.argv[1] == '--fixture':
        return fixture(sys.argv[2])
    data_path, vectors_path, out_path = sys.argv[1:4]
    models, _, _ = load(data_path, vectors_path)
    with Pool(2) as pool:
        results = pool.map(train_one, [(m, data_path, vectors_path) for m in models], chunksize=1)
    held_out = {}
    for _, h in results:
        held_out.update(h)
    held_out = {d: [by[k] for k in sorted(by)] for d, by in held_out.items()}
    json.dump({'models': [r[0] for r in results], 'heldOut': held_out}, open(out_path, 'w'))


if __name__ == '__main__':
    main()
