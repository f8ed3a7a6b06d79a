// zo_coord.cu: one element of θ, for coordinate finite differences (CpuBackend.GetCoordinate / SetCoordinate):
//   zo_coord_get   *out = *element
//   zo_coord_set   *element = value
// Launch: one thread (<<<1, 1>>>); any larger launch works too (no launch bound), and only thread 0 of block 0 acts.
// Launched on the backend's stream, so a get or set is ordered with the passes around it without a device-wide sync.
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_coord.cu -o kernels/ptx/zo_coord.ptx
// Deterministic: a copy of 32 bits.
#include "zo_device.cuh"

extern "C" __global__ void zo_coord_get(ZoCoordArgs args)
{
    if (threadIdx.x == 0 && blockIdx.x == 0)
        *args.out = *args.element;
}
ZO_REGISTER_KERNEL(zo_coord_get, ZoCoordArgs);

extern "C" __global__ void zo_coord_set(ZoCoordArgs args)
{
    if (threadIdx.x == 0 && blockIdx.x == 0)
        *args.element = args.value;
}
ZO_REGISTER_KERNEL(zo_coord_set, ZoCoordArgs);
