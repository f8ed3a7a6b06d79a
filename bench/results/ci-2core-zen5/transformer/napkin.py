#!/usr/bin/env python3
"""Napkin figure of issue 15: which BERT-style encoders (the all-MiniLM-L6-v2 family: WordPiece vocabulary 30,522,
512 positions, feed-forward 4H, head size 64) a MeZO fine-tune fits on a 24 GB and an 80 GB GPU, beside R-AdaZO with
bf16 state and backprop + Adam.

Costs per method, float32, batch B texts of T tokens:
- MeZO + ZO-SGD: 4 bytes per parameter (the measured Emulated step holds the parameters and no state), plus the own
  forward's buffers: 5 activations of [B*T, H] (x, sum, q, k, v) and one layer's workspace, max(B*A*T^2, 4*B*T*H)
  floats (attention scores or the feed-forward's inner activation), the batch's ids and mask (2*B*T floats), and the
  [B, H] pooled and embedding rows. run.sh's Emulated run checks this count against the bytes the device memory counted
  for MiniLM (printed below as 'model' against 'measured').
- R-AdaZO, bf16 state: the same plus 4 bytes per parameter (m and v at 2 bytes each; measured exactly on Emulated).
- Backprop + Adam: 16 bytes per parameter (weights, gradients, two moments) plus the activations a BERT encoder keeps for
  its backward pass (OnnxStepBench.BackpropBytes: 20*B*T*H + 2*A*B*T^2 floats per layer, plus B*T*H), computed.
Framework overheads (CUDA context, allocator slack) come on top of all three and are not modelled.
Usage: napkin.py [MEASURED_MEZO_PEAK_BYTES]
"""
import sys

V, P, B, T = 30522, 512, 16, 32
GB = 1e9


def params(h, layers):
    per_layer = 4 * h * h + 4 * h + 2 * h * 4 * h + 4 * h + h + 4 * h  # Q, K, V, O; FFN in/out; 2 LayerNorms
    return (V + P + 2) * h + 2 * h + layers * per_layer + h * h + h  # embeddings + LN, layers, pooler


def forward_bytes(h, b=B, t=T):
    heads = h // 64
    return 4 * (5 * b * t * h + max(b * heads * t * t, 4 * b * t * h) + 2 * b * t + 2 * b * h)


def backprop_activations(h, layers, b=B, t=T):
    heads = h // 64
    return 4 * (layers * (20 * b * t * h + 2 * heads * b * t * t) + b * t * h)


family = [(384, 6, "all-MiniLM-L6-v2"), (768, 12, "BERT-base"), (1024, 24, "BERT-large"), (2048, 24, ""),
          (2560, 32, ""), (4096, 32, ""), (5120, 40, ""), (6144, 48, ""), (8192, 48, "")]
print(f"batch {B} x {T} tokens, float32; GB = 10^9 bytes")
print("| H | layers | parameters | MeZO-SGD | R-AdaZO bf16 | backprop + Adam | fits 24 GB | fits 80 GB |")
print("|---|---|---|---|---|---|---|---|")
for h, layers, name in family:
    n = params(h, layers)
    mezo = 4 * n + forward_bytes(h)
    radazo = mezo + 4 * n
    bp = 16 * n + backprop_activations(h, layers)
    def fits(limit):
        return ", ".join(m for m, v in (("MeZO", mezo), ("R-AdaZO", radazo), ("BP", bp)) if v <= limit) or "none"
    label = f"{h} ({name})" if name else str(h)
    print(f"| {label} | {layers} | {n / 1e9:.3f}e9 | {mezo / GB:.2f} GB | {radazo / GB:.2f} GB | {bp / GB:.2f} GB | {fits(24 * GB)} | {fits(80 * GB)} |")
for limit in (24, 80):
    print(f"largest parameter count at {limit} GB (forward buffers of an H = 4096 model): MeZO-SGD {(limit * GB - forward_bytes(4096)) / 4 / 1e9:.2f}e9, "
          f"R-AdaZO bf16 {(limit * GB - forward_bytes(4096)) / 8 / 1e9:.2f}e9, backprop + Adam {(limit * GB - backprop_activations(4096, 32)) / 16 / 1e9:.2f}e9 (activations of 32 layers)")
if len(sys.argv) > 1:
    n = params(384, 6)
    print(f"MiniLM check: model {4 * n + forward_bytes(384)} bytes for a MeZO-SGD step (parameters {4 * n}), measured {sys.argv[1]}")
