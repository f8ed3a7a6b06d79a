/* zo_host.h: the C ABI of libzo_native.so, the host build of kernels/ (native/README.md). ZoEngine.Cuda's
 * EmulatedBackend P/Invokes exactly these functions in place of cuLaunchKernel; change them only together with it and
 * with ZO_HOST_ABI_VERSION. Plain C, so any FFI can read it; implemented in zo_host.cpp. */
#ifndef ZO_HOST_H
#define ZO_HOST_H

#define ZO_HOST_ABI_VERSION 1

#if defined(__GNUC__)
#define ZO_HOST_API __attribute__((visibility("default")))
#else
#define ZO_HOST_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Number of kernels registered in this build (one per ZO_REGISTER_KERNEL in the .cu files of kernels/). */
ZO_HOST_API int zo_host_kernel_count(void);

/* Name of kernel `index` (0 <= index < count), or null when out of range. The string lives as long as the library. */
ZO_HOST_API const char* zo_host_kernel_name(int index);

/* 0 with *handle and *argBytes (the kernel's sizeof(Args)) set, each only when non-null; -1 when no kernel has that
 * name. */
ZO_HOST_API int zo_host_find_kernel(const char* name, void** handle, int* argBytes);

/* Runs grid × block threads of the kernel to completion (synchronous): blocks one after another in blockIdx order (x
 * fastest), the threads of a block concurrently. argBytes must equal the kernel's sizeof(Args); `args` is copied before
 * any thread starts. Returns 0, or -1 with zo_host_last_error() saying why: unknown handle, wrong argument size, a zero
 * or too large dimension (CUDA's limits: grid 2^31-1 × 65535 × 65535, block 1024 × 1024 × 64 and at most 1024 threads),
 * dynamic shared memory over 48 KiB, a worker thread that could not be started, or a fault the kernel raised (a warp
 * collective whose mask leaves out lanes of the warp); after a fault every thread has still run to completion.
 * Launches from several threads are serialised. */
ZO_HOST_API int zo_host_launch(void* handle, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                               unsigned bz, unsigned sharedBytes, const void* args, int argBytes);

/* Message of the last failure on the calling thread ("" when none); valid until that thread's next failing call. */
ZO_HOST_API const char* zo_host_last_error(void);

/* ZO_HOST_ABI_VERSION of the library, to check against the caller's copy of this header. */
ZO_HOST_API int zo_host_abi_version(void);

#ifdef __cplusplus
}
#endif

#endif
