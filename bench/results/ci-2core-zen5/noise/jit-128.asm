; Assembly listing for method ZoEngine.Noise.NoiseStream:Words(ulong,uint,ulong,System.Span`1[uint],int) (Tier0)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; Tier0 code
; rbp based frame
; partially interruptible
; compiling with minopt

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       sub      rsp, 160
       lea      rbp, [rsp+0xA0]
       xor      eax, eax
       mov      qword ptr [rbp-0x98], rax
       vxorps   xmm8, xmm8, xmm8
       vmovdqu  ymmword ptr [rbp-0x90], ymm8
       vmovdqu  ymmword ptr [rbp-0x70], ymm8
       vmovdqu  ymmword ptr [rbp-0x50], ymm8
       mov      dword ptr [rbp-0x30], eax
       mov      qword ptr [rbp-0x08], rdi
       mov      dword ptr [rbp-0x0C], esi
       mov      qword ptr [rbp-0x18], rdx
       mov      bword ptr [rbp-0x28], rcx
       mov      qword ptr [rbp-0x20], r8
       mov      dword ptr [rbp-0x2C], r9d
 
G_M000_IG02:                ;; offset=0x004A
       mov      eax, dword ptr [rbp-0x20]
       and      eax, 63
       test     eax, eax
       je       G_M000_IG04
 
G_M000_IG03:                ;; offset=0x0058
       lea      rdi, [rbp-0x58]
       mov      esi, 90
       mov      edx, 1
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:.ctor(int,int):this]
       mov      edi, 0x3E00
       mov      rsi, 0x7F1E75BBDBE0
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x80], rax
       mov      rsi, gword ptr [rbp-0x80]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       lea      rdi, [rbp-0x58]
       mov      esi, dword ptr [rbp-0x20]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, 656
       mov      rsi, 0x7F1E75BBDBE0
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x88], rax
       mov      rsi, gword ptr [rbp-0x88]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       mov      rdi, 0x7F1E7566CD28
       call     CORINFO_HELP_NEWSFAST
       mov      gword ptr [rbp-0x78], rax
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      gword ptr [rbp-0x90], rax
       mov      edi, 0xCA5
       mov      rsi, 0x7F1E75BBDBE0
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x98], rax
       mov      rsi, gword ptr [rbp-0x90]
       mov      rdx, gword ptr [rbp-0x98]
       mov      rdi, gword ptr [rbp-0x78]
       call     [System.ArgumentException:.ctor(System.String,System.String):this]
       mov      rdi, gword ptr [rbp-0x78]
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG04:                ;; offset=0x012F
       mov      edi, dword ptr [rbp-0x2C]
       call     [ZoEngine.CpuBackend:Resolve(int):int]
       mov      dword ptr [rbp-0x70], eax
       mov      eax, dword ptr [rbp-0x20]
       shr      eax, 2
       mov      dword ptr [rbp-0x30], eax
       lea      rdi, [rbp-0x28]
       call     [System.Span`1[uint]:GetPinnableReference():byref:this]
       mov      bword ptr [rbp-0x68], rax
       mov      rax, bword ptr [rbp-0x68]
       mov      qword ptr [rbp-0xA0], rax
       mov      rax, qword ptr [rbp-0xA0]
       mov      qword ptr [rbp-0x60], rax
       mov      eax, dword ptr [rbp-0x70]
       mov      dword ptr [rbp-0x6C], eax
       cmp      dword ptr [rbp-0x6C], 128
       je       G_M000_IG08
       cmp      dword ptr [rbp-0x6C], 256
       je       SHORT G_M000_IG06
       cmp      dword ptr [rbp-0x6C], 512
       jne      G_M000_IG09
       call     [ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:get_IsSupported():bool]
       test     eax, eax
       je       SHORT G_M000_IG05
       mov      eax, dword ptr [rbp-0x30]
       sar      eax, 31
       and      eax, 15
       add      eax, dword ptr [rbp-0x30]
       mov      ecx, eax
       sar      ecx, 4
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:Words(ulong,uint,ulong,int,ptr)]
       jmp      G_M000_IG10
 
G_M000_IG05:                ;; offset=0x01C6
       mov      eax, dword ptr [rbp-0x30]
       sar      eax, 31
       and      eax, 15
       add      eax, dword ptr [rbp-0x30]
       mov      ecx, eax
       sar      ecx, 4
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:Words(ulong,uint,ulong,int,ptr)]
       jmp      G_M000_IG10
 
G_M000_IG06:                ;; offset=0x01F1
       call     [ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:get_IsSupported():bool]
       test     eax, eax
       je       SHORT G_M000_IG07
       mov      eax, dword ptr [rbp-0x30]
       sar      eax, 31
       and      eax, 7
       add      eax, dword ptr [rbp-0x30]
       mov      ecx, eax
       sar      ecx, 3
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:Words(ulong,uint,ulong,int,ptr)]
       jmp      SHORT G_M000_IG10
 
G_M000_IG07:                ;; offset=0x0223
       mov      eax, dword ptr [rbp-0x30]
       sar      eax, 31
       and      eax, 7
       add      eax, dword ptr [rbp-0x30]
       mov      ecx, eax
       sar      ecx, 3
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:Words(ulong,uint,ulong,int,ptr)]
       jmp      SHORT G_M000_IG10
 
G_M000_IG08:                ;; offset=0x024B
       mov      eax, dword ptr [rbp-0x30]
       sar      eax, 31
       and      eax, 3
       add      eax, dword ptr [rbp-0x30]
       mov      ecx, eax
       sar      ecx, 2
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:Words(ulong,uint,ulong,int,ptr)]
       jmp      SHORT G_M000_IG10
 
G_M000_IG09:                ;; offset=0x0273
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      ecx, dword ptr [rbp-0x30]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes1,uint,float]:Words(ulong,uint,ulong,int,ptr)]
 
G_M000_IG10:                ;; offset=0x028B
       xor      eax, eax
       mov      bword ptr [rbp-0x68], rax
 
G_M000_IG11:                ;; offset=0x0291
       add      rsp, 160
       pop      rbp
       ret      
 
; Total bytes of code 666

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:Words(ulong,uint,ulong,int,ptr) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 171 single block inlinees; 21 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vmovd    xmm0, esi
       vpshufd  xmm0, xmm0, 0
       vmovd    xmm1, edi
       vpshufd  xmm1, xmm1, 0
       shr      rdi, 32
       vmovd    xmm2, edi
       vpshufd  xmm2, xmm2, 0
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG09
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x002D
       lea      edi, [4*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       mov      esi, edi
       vmovd    xmm3, esi
       vpshufd  xmm3, xmm3, 0
       vpaddd   xmm3, xmm3, xmmword ptr [reloc @RWD00]
       xor      esi, 0xFFFFFFFF80000000
       vmovd    xmm4, esi
       vpshufd  xmm4, xmm4, 0
       vpxor    xmm5, xmm3, xmmword ptr [reloc @RWD16]
       vpcmpgtd xmm4, xmm4, xmm5
       shr      rdi, 32
       vmovd    xmm5, edi
       vpshufd  xmm5, xmm5, 0
       vpsubd   xmm4, xmm5, xmm4
       vbroadcastss xmm5, dword ptr [reloc @RWD32]
       vmovaps  xmm6, xmm5
       vpmuludq xmm7, xmm3, xmm6
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm6
       vmovddup xmm6, qword ptr [reloc @RWD40]
       vmovaps  xmm8, xmm6
       vpand    xmm8, xmm7, xmm8
       vpsllq   xmm9, xmm3, 32
       vpor     xmm8, xmm9, xmm8
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm7, xmm7, 32
       vpor     xmm3, xmm3, xmm7
       vbroadcastss xmm7, dword ptr [reloc @RWD64]
       vmovaps  xmm9, xmm7
       vpmuludq xmm10, xmm0, xmm9
       vpsrlq   xmm11, xmm0, 32
       vpmuludq xmm9, xmm11, xmm9
       vmovaps  xmm11, xmm6
       vpand    xmm11, xmm10, xmm11
       vpsllq   xmm12, xmm9, 32
       vpor     xmm11, xmm12, xmm11
       vpand    xmm9, xmm9, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm10, xmm10, 32
       vpor     xmm9, xmm9, xmm10
       vpxor    xmm4, xmm9, xmm4
       vpxor    xmm4, xmm4, xmm1
       vpxor    xmm3, xmm2, xmm3
       vpaddd   xmm9, xmm1, xmmword ptr [reloc @RWD80]
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD96]
       vmovaps  xmm12, xmm5
       vpmuludq xmm13, xmm4, xmm12
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm6
       vpand    xmm12, xmm13, xmm12
       vpsllq   xmm14, xmm4, 32
       vpor     xmm12, xmm14, xmm12
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm13, xmm13, 32
       vpor     xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm3, xmm13
       vpsrlq   xmm3, xmm3, 32
 
G_M000_IG04:                ;; offset=0x0165
       vpmuludq xmm3, xmm3, xmm13
       vmovaps  xmm13, xmm6
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm3, 32
       vpor     xmm13, xmm15, xmm13
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm3, xmm3, xmm14
       vpxor    xmm3, xmm3, xmm11
       vpxor    xmm3, xmm3, xmm9
       vpxor    xmm4, xmm8, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD112]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD128]
       vmovaps  xmm10, xmm5
       vpmuludq xmm11, xmm3, xmm10
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm10
       vmovaps  xmm10, xmm6
       vpand    xmm10, xmm11, xmm10
       vpsllq   xmm14, xmm3, 32
       vpor     xmm10, xmm14, xmm10
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm11, xmm11, 32
       vpor     xmm3, xmm3, xmm11
       vmovaps  xmm11, xmm7
       vpmuludq xmm14, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm6
       vpand    xmm11, xmm14, xmm11
       vpsllq   xmm15, xmm4, 32
       vpor     xmm11, xmm15, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm8
       vpxor    xmm3, xmm12, xmm3
       vpxor    xmm3, xmm3, xmm9
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD144]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD160]
       vmovaps  xmm12, xmm5
       vpmuludq xmm13, xmm4, xmm12
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm6
       vpand    xmm12, xmm13, xmm12
       vpsllq   xmm14, xmm4, 32
       vpor     xmm12, xmm14, xmm12
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm13, xmm13, 32
       vpor     xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm3, xmm13
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm13
       vmovaps  xmm13, xmm6
 
G_M000_IG05:                ;; offset=0x0298
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm3, 32
       vpor     xmm13, xmm15, xmm13
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm3, xmm3, xmm14
       vpxor    xmm3, xmm3, xmm11
       vpxor    xmm3, xmm3, xmm8
       vpxor    xmm4, xmm10, xmm4
       vpxor    xmm4, xmm4, xmm9
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD176]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD192]
       vmovaps  xmm10, xmm5
       vpmuludq xmm11, xmm3, xmm10
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm10
       vmovaps  xmm10, xmm6
       vpand    xmm10, xmm11, xmm10
       vpsllq   xmm14, xmm3, 32
       vpor     xmm10, xmm14, xmm10
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm11, xmm11, 32
       vpor     xmm3, xmm3, xmm11
       vmovaps  xmm11, xmm7
       vpmuludq xmm14, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm6
       vpand    xmm11, xmm14, xmm11
       vpsllq   xmm15, xmm4, 32
       vpor     xmm11, xmm15, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm8
       vpxor    xmm3, xmm12, xmm3
       vpxor    xmm3, xmm3, xmm9
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD208]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD224]
       vmovaps  xmm12, xmm5
       vpmuludq xmm13, xmm4, xmm12
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm6
       vpand    xmm12, xmm13, xmm12
       vpsllq   xmm14, xmm4, 32
       vpor     xmm12, xmm14, xmm12
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm13, xmm13, 32
       vpor     xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm3, xmm13
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm13
       vmovaps  xmm13, xmm6
       vpand    xmm13, xmm14, xmm13
 
G_M000_IG06:                ;; offset=0x03C7
       vpsllq   xmm15, xmm3, 32
       vpor     xmm13, xmm15, xmm13
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm3, xmm3, xmm14
       vpxor    xmm3, xmm3, xmm11
       vpxor    xmm3, xmm3, xmm8
       vpxor    xmm4, xmm10, xmm4
       vpxor    xmm4, xmm4, xmm9
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD240]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD256]
       vmovaps  xmm10, xmm5
       vpmuludq xmm11, xmm3, xmm10
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm10
       vmovaps  xmm10, xmm6
       vpand    xmm10, xmm11, xmm10
       vpsllq   xmm14, xmm3, 32
       vpor     xmm10, xmm14, xmm10
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm11, xmm11, 32
       vpor     xmm3, xmm3, xmm11
       vmovaps  xmm11, xmm7
       vpmuludq xmm14, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm6
       vpand    xmm11, xmm14, xmm11
       vpsllq   xmm15, xmm4, 32
       vpor     xmm11, xmm15, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm8
       vpxor    xmm3, xmm12, xmm3
       vpxor    xmm3, xmm3, xmm9
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD272]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD288]
       vmovaps  xmm12, xmm5
       vpmuludq xmm13, xmm4, xmm12
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm6
       vpand    xmm12, xmm13, xmm12
       vpsllq   xmm14, xmm4, 32
       vpor     xmm12, xmm14, xmm12
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm13, xmm13, 32
       vpor     xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm3, xmm13
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm13
       vmovaps  xmm13, xmm6
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm3, 32
 
G_M000_IG07:                ;; offset=0x04F6
       vpor     xmm13, xmm15, xmm13
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm3, xmm3, xmm14
       vpxor    xmm3, xmm3, xmm11
       vpxor    xmm3, xmm3, xmm8
       vpxor    xmm4, xmm10, xmm4
       vpxor    xmm4, xmm4, xmm9
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD304]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD320]
       vmovaps  xmm10, xmm5
       vpmuludq xmm11, xmm3, xmm10
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm10
       vmovaps  xmm10, xmm6
       vpand    xmm10, xmm11, xmm10
       vpsllq   xmm14, xmm3, 32
       vpor     xmm10, xmm14, xmm10
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm11, xmm11, 32
       vpor     xmm3, xmm3, xmm11
       vmovaps  xmm11, xmm7
       vpmuludq xmm14, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm6
       vpand    xmm11, xmm14, xmm11
       vpsllq   xmm15, xmm4, 32
       vpor     xmm11, xmm15, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm8
       vpxor    xmm3, xmm12, xmm3
       vpxor    xmm3, xmm3, xmm9
       vpaddd   xmm8, xmm1, xmmword ptr [reloc @RWD336]
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD352]
       vpmuludq xmm12, xmm4, xmm5
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm5
       vmovaps  xmm5, xmm6
       vpand    xmm5, xmm12, xmm5
       vpsllq   xmm13, xmm4, 32
       vpor     xmm5, xmm13, xmm5
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vpmuludq xmm12, xmm3, xmm7
       vpsrlq   xmm3, xmm3, 32
       vpmuludq xmm3, xmm3, xmm7
       vpand    xmm6, xmm12, xmm6
       vpsllq   xmm7, xmm3, 32
       vpor     xmm6, xmm7, xmm6
       vpand    xmm3, xmm3, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm7, xmm12, 32
 
G_M000_IG08:                ;; offset=0x061F
       vpor     xmm3, xmm3, xmm7
       vpxor    xmm3, xmm3, xmm11
       vpxor    xmm3, xmm3, xmm8
       vpxor    xmm4, xmm10, xmm4
       vpxor    xmm4, xmm4, xmm9
       vunpcklps xmm7, xmm3, xmm6
       vunpckhps xmm3, xmm3, xmm6
       vunpcklps xmm6, xmm4, xmm5
       vunpckhps xmm4, xmm4, xmm5
       vmovlhps xmm5, xmm7, xmm6
       vmovhlps xmm6, xmm6, xmm7
       vmovlhps xmm7, xmm3, xmm4
       vmovhlps xmm3, xmm4, xmm3
       vmovups  xmmword ptr [r8], xmm5
       vmovups  xmmword ptr [r8+0x10], xmm6
       vmovups  xmmword ptr [r8+0x20], xmm7
       vmovups  xmmword ptr [r8+0x30], xmm3
       inc      eax
       add      r8, 64
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG09:                ;; offset=0x067B
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h
RWD16  	dq	8000000080000000h, 8000000080000000h
RWD32  	dd	D2511F53h		; -2.24543e+11
RWD36  	dd	00000000h
RWD40  	dq	00000000FFFFFFFFh
RWD48  	dq	FFFFFFFF00000000h, FFFFFFFF00000000h
RWD64  	dd	CD9E8D57h		; -3.32508e+08
RWD68  	dd	00000000h, 00000000h, 00000000h
RWD80  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD96  	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD112 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD128 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD144 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD160 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD176 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD192 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD208 	dq	1715609D1715609Dh, 1715609D1715609Dh
RWD224 	dq	A9066899A9066899h, A9066899A9066899h
RWD240 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD256 	dq	646E171E646E171Eh, 646E171E646E171Eh
RWD272 	dq	5384540F5384540Fh, 5384540F5384540Fh
RWD288 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD304 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD320 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD336 	dq	8FF347818FF34781h, 8FF347818FF34781h
RWD352 	dq	96A522AD96A522ADh, 96A522AD96A522ADh

; Total bytes of code 1661

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:SetLoop[ZoEngine.Cpu.Simd.NoiseKernel`3+GaussianGroup[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; partially interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 582 single block inlinees; 108 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     r14
       push     r13
       push     r12
       push     rbx
       sub      rsp, 0xDE8
       lea      rbp, [rsp+0xE10]
       vxorps   xmm8, xmm8, xmm8
       vmovdqa  xmmword ptr [rbp-0xAE0], xmm8
       vmovdqa  xmmword ptr [rbp-0xAD0], xmm8
       mov      rax, -0xA50
       vmovdqa  xmmword ptr [rbp+rax-0x70], xmm8
       vmovdqa  xmmword ptr [rbp+rax-0x60], xmm8
       vmovdqa  xmmword ptr [rbp+rax-0x50], xmm8
       add      rax, 48
       jne      SHORT  -5 instr
       mov      r14, rdx
       mov      r15d, ecx
       mov      rbx, r8
 
G_M000_IG02:                ;; offset=0x0059
       vpermilps xmm0, xmm0, 0
       vmovaps  xmmword ptr [rbp-0x40], xmm0
       vmovd    xmm1, esi
       vpshufd  xmm1, xmm1, 0
       vmovaps  xmmword ptr [rbp-0x50], xmm1
       vmovd    xmm2, edi
       vpshufd  xmm2, xmm2, 0
       vmovaps  xmmword ptr [rbp-0x60], xmm2
       shr      rdi, 32
       vmovd    xmm3, edi
       vpshufd  xmm3, xmm3, 0
       vmovaps  xmmword ptr [rbp-0x70], xmm3
       xor      r13d, r13d
       cmp      r13d, r15d
       jge      G_M000_IG31
 
G_M000_IG03:                ;; offset=0x009E
       lea      eax, [4*r13]
       cdqe     
       add      rax, r14
       mov      ecx, eax
       vmovd    xmm4, ecx
       vpshufd  xmm4, xmm4, 0
       vpaddd   xmm4, xmm4, xmmword ptr [reloc @RWD00]
       xor      ecx, 0xFFFFFFFF80000000
       vmovd    xmm5, ecx
       vpshufd  xmm5, xmm5, 0
       vpxor    xmm6, xmm4, xmmword ptr [reloc @RWD16]
       vpcmpgtd xmm5, xmm5, xmm6
       shr      rax, 32
       vmovd    xmm6, eax
       vpshufd  xmm6, xmm6, 0
       vpsubd   xmm5, xmm6, xmm5
       vbroadcastss xmm6, dword ptr [reloc @RWD32]
       vmovaps  xmm7, xmm6
       vpmuludq xmm8, xmm4, xmm7
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm7
       vmovddup xmm7, qword ptr [reloc @RWD40]
       vmovaps  xmm9, xmm7
       vpand    xmm9, xmm8, xmm9
       vpsllq   xmm10, xmm4, 32
       vpor     xmm9, xmm10, xmm9
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm8, xmm8, 32
       vpor     xmm4, xmm4, xmm8
       vbroadcastss xmm8, dword ptr [reloc @RWD64]
       vmovaps  xmm10, xmm8
       vpmuludq xmm11, xmm1, xmm10
       vpsrlq   xmm12, xmm1, 32
       vpmuludq xmm10, xmm12, xmm10
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm11, xmm12
       vpsllq   xmm13, xmm10, 32
       vpor     xmm12, xmm13, xmm12
       vpand    xmm10, xmm10, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm11, xmm11, 32
       vpor     xmm10, xmm10, xmm11
       vpxor    xmm5, xmm10, xmm5
       vpxor    xmm5, xmm5, xmm2
       vpxor    xmm4, xmm3, xmm4
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD80]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD96]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x100], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
 
G_M000_IG04:                ;; offset=0x01DD
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm10
       vpxor    xmm5, xmm9, xmm5
       vpxor    xmm5, xmm5, xmm11
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD112]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD128]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x100]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD144]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD160]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x110], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
 
G_M000_IG05:                ;; offset=0x0314
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD176]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD192]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x110]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD208]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD224]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x120], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
 
G_M000_IG06:                ;; offset=0x044B
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD240]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD256]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x120]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD272]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD288]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x130], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
 
G_M000_IG07:                ;; offset=0x0582
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD304]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD320]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x130]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD336]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD352]
       vpmuludq xmm13, xmm5, xmm6
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm6
       vmovaps  xmm6, xmm7
       vpand    xmm6, xmm13, xmm6
       vpsllq   xmm14, xmm5, 32
       vpor     xmm6, xmm14, xmm6
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm13, xmm13, 32
       vpor     xmm5, xmm5, xmm13
 
G_M000_IG08:                ;; offset=0x06B3
       vpmuludq xmm13, xmm4, xmm8
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm8
       vpand    xmm7, xmm13, xmm7
       vpsllq   xmm8, xmm4, 32
       vpor     xmm7, xmm8, xmm7
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm8, xmm13, 32
       vpor     xmm4, xmm4, xmm8
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vmovaps  xmmword ptr [rbp-0x170], xmm7
       vmovaps  xmmword ptr [rbp-0x150], xmm5
       vmovaps  xmmword ptr [rbp-0x1B0], xmm6
       vxorps   xmm8, xmm8, xmm8
       vmovaps  xmmword ptr [rbp-0x1C0], xmm8
       vmovaps  xmmword ptr [rbp-0x1D0], xmm8
       vpsrld   xmm4, xmm4, 8
       vpaddd   xmm4, xmm4, xmmword ptr [reloc @RWD368]
       vcvtdq2ps xmm4, xmm4
       vmulps   xmm4, xmm4, xmmword ptr [reloc @RWD384]
       vpsrld   xmm8, xmm4, 23
       vpaddd   xmm8, xmm8, xmmword ptr [reloc @RWD400]
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD416]
       vpor     xmm4, xmm4, xmmword ptr [reloc @RWD432]
       vpcmpgtd xmm9, xmm4, xmmword ptr [reloc @RWD448]
       vpand    xmm10, xmm9, xmmword ptr [reloc @RWD464]
       vpsubd   xmm4, xmm4, xmm10
       vpsubd   xmm8, xmm8, xmm9
       vmovaps  xmmword ptr [rbp-0x1F0], xmm8
       vsubps   xmm4, xmm4, xmmword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x200], xmm4
       vbroadcastss xmm4, dword ptr [reloc @RWD480]
       vmovaps  xmmword ptr [rbp-0x210], xmm4
       vbroadcastss xmm4, dword ptr [reloc @RWD484]
       vmovaps  xmmword ptr [rbp-0x220], xmm4
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x300], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x308], rax
       mov      rax, qword ptr [rbp-0x220]
       mov      qword ptr [rbp-0x310], rax
       vmovss   xmm0, dword ptr [rbp-0x300]
       vmovss   xmm1, dword ptr [rbp-0x308]
       vmovss   xmm2, dword ptr [rbp-0x310]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x2F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x2FC]
       vmovss   xmm1, dword ptr [rbp-0x304]
       vmovss   xmm2, dword ptr [rbp-0x30C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x2F4], xmm0
       mov      r12, qword ptr [rbp-0x2F8]
       mov      rax, qword ptr [rbp-0x208]
       mov      qword ptr [rbp-0x320], rax
       mov      rax, qword ptr [rbp-0x1F8]
 
G_M000_IG09:                ;; offset=0x083C
       mov      qword ptr [rbp-0x328], rax
       mov      rax, qword ptr [rbp-0x218]
       mov      qword ptr [rbp-0x330], rax
       vmovss   xmm0, dword ptr [rbp-0x320]
       vmovss   xmm1, dword ptr [rbp-0x328]
       vmovss   xmm2, dword ptr [rbp-0x330]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x318], xmm0
       vmovss   xmm0, dword ptr [rbp-0x31C]
       vmovss   xmm1, dword ptr [rbp-0x324]
       vmovss   xmm2, dword ptr [rbp-0x32C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x314], xmm0
       mov      rax, qword ptr [rbp-0x318]
       mov      qword ptr [rbp-0x340], r12
       mov      qword ptr [rbp-0x338], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x340]
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD488]
       vmovaps  xmmword ptr [rbp-0x230], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x350], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x358], rax
       mov      rax, qword ptr [rbp-0x230]
       mov      qword ptr [rbp-0x360], rax
       vmovss   xmm0, dword ptr [rbp-0x350]
       vmovss   xmm1, dword ptr [rbp-0x358]
       vmovss   xmm2, dword ptr [rbp-0x360]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x348], xmm0
       vmovss   xmm0, dword ptr [rbp-0x34C]
       vmovss   xmm1, dword ptr [rbp-0x354]
       vmovss   xmm2, dword ptr [rbp-0x35C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x344], xmm0
       mov      r12, qword ptr [rbp-0x348]
       mov      rax, qword ptr [rbp-0x338]
       mov      qword ptr [rbp-0x370], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x378], rax
       mov      rax, qword ptr [rbp-0x228]
       mov      qword ptr [rbp-0x380], rax
       vmovss   xmm0, dword ptr [rbp-0x370]
       vmovss   xmm1, dword ptr [rbp-0x378]
       vmovss   xmm2, dword ptr [rbp-0x380]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x368], xmm0
       vmovss   xmm0, dword ptr [rbp-0x36C]
       vmovss   xmm1, dword ptr [rbp-0x374]
       vmovss   xmm2, dword ptr [rbp-0x37C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x364], xmm0
       mov      rax, qword ptr [rbp-0x368]
       mov      qword ptr [rbp-0x390], r12
       mov      qword ptr [rbp-0x388], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x390]
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD492]
 
G_M000_IG10:                ;; offset=0x09EE
       vmovaps  xmmword ptr [rbp-0x240], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x3A0], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x3A8], rax
       mov      rax, qword ptr [rbp-0x240]
       mov      qword ptr [rbp-0x3B0], rax
       vmovss   xmm0, dword ptr [rbp-0x3A0]
       vmovss   xmm1, dword ptr [rbp-0x3A8]
       vmovss   xmm2, dword ptr [rbp-0x3B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x398], xmm0
       vmovss   xmm0, dword ptr [rbp-0x39C]
       vmovss   xmm1, dword ptr [rbp-0x3A4]
       vmovss   xmm2, dword ptr [rbp-0x3AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x394], xmm0
       mov      r12, qword ptr [rbp-0x398]
       mov      rax, qword ptr [rbp-0x388]
       mov      qword ptr [rbp-0x3C0], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x3C8], rax
       mov      rax, qword ptr [rbp-0x238]
       mov      qword ptr [rbp-0x3D0], rax
       vmovss   xmm0, dword ptr [rbp-0x3C0]
       vmovss   xmm1, dword ptr [rbp-0x3C8]
       vmovss   xmm2, dword ptr [rbp-0x3D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x3BC]
       vmovss   xmm1, dword ptr [rbp-0x3C4]
       vmovss   xmm2, dword ptr [rbp-0x3CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3B4], xmm0
       mov      rax, qword ptr [rbp-0x3B8]
       mov      qword ptr [rbp-0x3E0], r12
       mov      qword ptr [rbp-0x3D8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x3E0]
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD496]
       vmovaps  xmmword ptr [rbp-0x250], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x3F0], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x3F8], rax
       mov      rax, qword ptr [rbp-0x250]
       mov      qword ptr [rbp-0x400], rax
       vmovss   xmm0, dword ptr [rbp-0x3F0]
       vmovss   xmm1, dword ptr [rbp-0x3F8]
       vmovss   xmm2, dword ptr [rbp-0x400]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3E8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x3EC]
       vmovss   xmm1, dword ptr [rbp-0x3F4]
       vmovss   xmm2, dword ptr [rbp-0x3FC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3E4], xmm0
       mov      r12, qword ptr [rbp-0x3E8]
       mov      rax, qword ptr [rbp-0x3D8]
 
G_M000_IG11:                ;; offset=0x0B9D
       mov      qword ptr [rbp-0x410], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x418], rax
       mov      rax, qword ptr [rbp-0x248]
       mov      qword ptr [rbp-0x420], rax
       vmovss   xmm0, dword ptr [rbp-0x410]
       vmovss   xmm1, dword ptr [rbp-0x418]
       vmovss   xmm2, dword ptr [rbp-0x420]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x408], xmm0
       vmovss   xmm0, dword ptr [rbp-0x40C]
       vmovss   xmm1, dword ptr [rbp-0x414]
       vmovss   xmm2, dword ptr [rbp-0x41C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x404], xmm0
       mov      rax, qword ptr [rbp-0x408]
       mov      qword ptr [rbp-0x430], r12
       mov      qword ptr [rbp-0x428], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x430]
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD500]
       vmovaps  xmmword ptr [rbp-0x260], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x440], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x448], rax
       mov      rax, qword ptr [rbp-0x260]
       mov      qword ptr [rbp-0x450], rax
       vmovss   xmm0, dword ptr [rbp-0x440]
       vmovss   xmm1, dword ptr [rbp-0x448]
       vmovss   xmm2, dword ptr [rbp-0x450]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x438], xmm0
       vmovss   xmm0, dword ptr [rbp-0x43C]
       vmovss   xmm1, dword ptr [rbp-0x444]
       vmovss   xmm2, dword ptr [rbp-0x44C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x434], xmm0
       mov      r12, qword ptr [rbp-0x438]
       mov      rax, qword ptr [rbp-0x428]
       mov      qword ptr [rbp-0x460], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x468], rax
       mov      rax, qword ptr [rbp-0x258]
       mov      qword ptr [rbp-0x470], rax
       vmovss   xmm0, dword ptr [rbp-0x460]
       vmovss   xmm1, dword ptr [rbp-0x468]
       vmovss   xmm2, dword ptr [rbp-0x470]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x458], xmm0
       vmovss   xmm0, dword ptr [rbp-0x45C]
       vmovss   xmm1, dword ptr [rbp-0x464]
       vmovss   xmm2, dword ptr [rbp-0x46C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x454], xmm0
       mov      rax, qword ptr [rbp-0x458]
       mov      qword ptr [rbp-0x480], r12
       mov      qword ptr [rbp-0x478], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x480]
 
G_M000_IG12:                ;; offset=0x0D4C
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD504]
       vmovaps  xmmword ptr [rbp-0x270], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x490], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x498], rax
       mov      rax, qword ptr [rbp-0x270]
       mov      qword ptr [rbp-0x4A0], rax
       vmovss   xmm0, dword ptr [rbp-0x490]
       vmovss   xmm1, dword ptr [rbp-0x498]
       vmovss   xmm2, dword ptr [rbp-0x4A0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x488], xmm0
       vmovss   xmm0, dword ptr [rbp-0x48C]
       vmovss   xmm1, dword ptr [rbp-0x494]
       vmovss   xmm2, dword ptr [rbp-0x49C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x484], xmm0
       mov      r12, qword ptr [rbp-0x488]
       mov      rax, qword ptr [rbp-0x478]
       mov      qword ptr [rbp-0x4B0], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x4B8], rax
       mov      rax, qword ptr [rbp-0x268]
       mov      qword ptr [rbp-0x4C0], rax
       vmovss   xmm0, dword ptr [rbp-0x4B0]
       vmovss   xmm1, dword ptr [rbp-0x4B8]
       vmovss   xmm2, dword ptr [rbp-0x4C0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4A8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x4AC]
       vmovss   xmm1, dword ptr [rbp-0x4B4]
       vmovss   xmm2, dword ptr [rbp-0x4BC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4A4], xmm0
       mov      rax, qword ptr [rbp-0x4A8]
       mov      qword ptr [rbp-0x4D0], r12
       mov      qword ptr [rbp-0x4C8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x4D0]
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD508]
       vmovaps  xmmword ptr [rbp-0x280], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x4E0], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x4E8], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x4F0], rax
       vmovss   xmm0, dword ptr [rbp-0x4E0]
       vmovss   xmm1, dword ptr [rbp-0x4E8]
       vmovss   xmm2, dword ptr [rbp-0x4F0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4D8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x4DC]
       vmovss   xmm1, dword ptr [rbp-0x4E4]
       vmovss   xmm2, dword ptr [rbp-0x4EC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4D4], xmm0
 
G_M000_IG13:                ;; offset=0x0EFE
       mov      r12, qword ptr [rbp-0x4D8]
       mov      rax, qword ptr [rbp-0x4C8]
       mov      qword ptr [rbp-0x500], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x508], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x510], rax
       vmovss   xmm0, dword ptr [rbp-0x500]
       vmovss   xmm1, dword ptr [rbp-0x508]
       vmovss   xmm2, dword ptr [rbp-0x510]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x4FC]
       vmovss   xmm1, dword ptr [rbp-0x504]
       vmovss   xmm2, dword ptr [rbp-0x50C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4F4], xmm0
       mov      rax, qword ptr [rbp-0x4F8]
       mov      qword ptr [rbp-0x520], r12
       mov      qword ptr [rbp-0x518], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x520]
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD512]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x530], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x538], rax
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x540], rax
       vmovss   xmm0, dword ptr [rbp-0x530]
       vmovss   xmm1, dword ptr [rbp-0x538]
       vmovss   xmm2, dword ptr [rbp-0x540]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x528], xmm0
       vmovss   xmm0, dword ptr [rbp-0x52C]
       vmovss   xmm1, dword ptr [rbp-0x534]
       vmovss   xmm2, dword ptr [rbp-0x53C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x524], xmm0
       mov      r12, qword ptr [rbp-0x528]
       mov      rax, qword ptr [rbp-0x518]
       mov      qword ptr [rbp-0x550], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x558], rax
       mov      rax, qword ptr [rbp-0x288]
       mov      qword ptr [rbp-0x560], rax
       vmovss   xmm0, dword ptr [rbp-0x550]
       vmovss   xmm1, dword ptr [rbp-0x558]
       vmovss   xmm2, dword ptr [rbp-0x560]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x548], xmm0
       vmovss   xmm0, dword ptr [rbp-0x54C]
       vmovss   xmm1, dword ptr [rbp-0x554]
       vmovss   xmm2, dword ptr [rbp-0x55C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x544], xmm0
       mov      rax, qword ptr [rbp-0x548]
       mov      qword ptr [rbp-0x570], r12
 
G_M000_IG14:                ;; offset=0x10AC
       mov      qword ptr [rbp-0x568], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x570]
       vmovaps  xmmword ptr [rbp-0x210], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x2A0], xmm0
       mov      rax, qword ptr [rbp-0x210]
       mov      qword ptr [rbp-0x580], rax
       mov      rax, qword ptr [rbp-0x200]
       mov      qword ptr [rbp-0x588], rax
       mov      rax, qword ptr [rbp-0x2A0]
       mov      qword ptr [rbp-0x590], rax
       vmovss   xmm0, dword ptr [rbp-0x580]
       vmovss   xmm1, dword ptr [rbp-0x588]
       vmovss   xmm2, dword ptr [rbp-0x590]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x578], xmm0
       vmovss   xmm0, dword ptr [rbp-0x57C]
       vmovss   xmm1, dword ptr [rbp-0x584]
       vmovss   xmm2, dword ptr [rbp-0x58C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x574], xmm0
       mov      r12, qword ptr [rbp-0x578]
       mov      rax, qword ptr [rbp-0x568]
       mov      qword ptr [rbp-0x5A0], rax
       mov      rax, qword ptr [rbp-0x1F8]
       mov      qword ptr [rbp-0x5A8], rax
       mov      rax, qword ptr [rbp-0x298]
       mov      qword ptr [rbp-0x5B0], rax
       vmovss   xmm0, dword ptr [rbp-0x5A0]
       vmovss   xmm1, dword ptr [rbp-0x5A8]
       vmovss   xmm2, dword ptr [rbp-0x5B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x598], xmm0
       vmovss   xmm0, dword ptr [rbp-0x59C]
       vmovss   xmm1, dword ptr [rbp-0x5A4]
       vmovss   xmm2, dword ptr [rbp-0x5AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x594], xmm0
       mov      rax, qword ptr [rbp-0x598]
       mov      qword ptr [rbp-0x5C0], r12
       mov      qword ptr [rbp-0x5B8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x200]
       vmulps   xmm0, xmm0, xmmword ptr [rbp-0x5C0]
       vmovaps  xmmword ptr [rbp-0x2B0], xmm0
       vcvtdq2ps xmm0, xmmword ptr [rbp-0x1F0]
       vmovaps  xmmword ptr [rbp-0x2C0], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD516]
       vmovaps  xmmword ptr [rbp-0x2D0], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD520]
       vmovaps  xmmword ptr [rbp-0x2E0], xmm0
       mov      rax, qword ptr [rbp-0x2C0]
       mov      qword ptr [rbp-0x5D0], rax
       mov      rax, qword ptr [rbp-0x2E0]
       mov      qword ptr [rbp-0x5D8], rax
       mov      rax, qword ptr [rbp-0x2B0]
       mov      qword ptr [rbp-0x5E0], rax
       vmovss   xmm0, dword ptr [rbp-0x5D0]
       vmovss   xmm1, dword ptr [rbp-0x5D8]
       vmovss   xmm2, dword ptr [rbp-0x5E0]
 
G_M000_IG15:                ;; offset=0x1264
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5C8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5CC]
       vmovss   xmm1, dword ptr [rbp-0x5D4]
       vmovss   xmm2, dword ptr [rbp-0x5DC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5C4], xmm0
       mov      r12, qword ptr [rbp-0x5C8]
       mov      rax, qword ptr [rbp-0x2B8]
       mov      qword ptr [rbp-0x5F0], rax
       mov      rax, qword ptr [rbp-0x2D8]
       mov      qword ptr [rbp-0x5F8], rax
       mov      rax, qword ptr [rbp-0x2A8]
       mov      qword ptr [rbp-0x600], rax
       vmovss   xmm0, dword ptr [rbp-0x5F0]
       vmovss   xmm1, dword ptr [rbp-0x5F8]
       vmovss   xmm2, dword ptr [rbp-0x600]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5E8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5EC]
       vmovss   xmm1, dword ptr [rbp-0x5F4]
       vmovss   xmm2, dword ptr [rbp-0x5FC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5E4], xmm0
       mov      rax, qword ptr [rbp-0x5E8]
       mov      qword ptr [rbp-0x610], r12
       mov      qword ptr [rbp-0x608], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x610]
       vmovaps  xmmword ptr [rbp-0x2F0], xmm0
       mov      rax, qword ptr [rbp-0x2C0]
       mov      qword ptr [rbp-0x620], rax
       mov      rax, qword ptr [rbp-0x2D0]
       mov      qword ptr [rbp-0x628], rax
       mov      rax, qword ptr [rbp-0x2F0]
       mov      qword ptr [rbp-0x630], rax
       vmovss   xmm0, dword ptr [rbp-0x620]
       vmovss   xmm1, dword ptr [rbp-0x628]
       vmovss   xmm2, dword ptr [rbp-0x630]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x618], xmm0
       vmovss   xmm0, dword ptr [rbp-0x61C]
       vmovss   xmm1, dword ptr [rbp-0x624]
       vmovss   xmm2, dword ptr [rbp-0x62C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x614], xmm0
       mov      r12, qword ptr [rbp-0x618]
       mov      rax, qword ptr [rbp-0x2B8]
       mov      qword ptr [rbp-0x640], rax
       mov      rax, qword ptr [rbp-0x2C8]
       mov      qword ptr [rbp-0x648], rax
       mov      rax, qword ptr [rbp-0x608]
       mov      qword ptr [rbp-0x650], rax
       vmovss   xmm0, dword ptr [rbp-0x640]
       vmovss   xmm1, dword ptr [rbp-0x648]
       vmovss   xmm2, dword ptr [rbp-0x650]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x638], xmm0
       vmovss   xmm0, dword ptr [rbp-0x63C]
       vmovss   xmm1, dword ptr [rbp-0x644]
 
G_M000_IG16:                ;; offset=0x1410
       vmovss   xmm2, dword ptr [rbp-0x64C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x634], xmm0
       mov      rax, qword ptr [rbp-0x638]
       mov      qword ptr [rbp-0x660], r12
       mov      qword ptr [rbp-0x658], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x660]
       vmulps   xmm0, xmm0, xmmword ptr [reloc @RWD528]
       vsqrtps  xmm0, xmm0
       vmovaps  xmmword ptr [rbp-0x140], xmm0
       vmovaps  xmm5, xmmword ptr [rbp-0x150]
       vpsrld   xmm1, xmm5, 8
       vpaddd   xmm1, xmm1, xmmword ptr [reloc @RWD368]
       vcvtdq2ps xmm1, xmm1
       vmulps   xmm1, xmm1, xmmword ptr [reloc @RWD384]
       vpsrld   xmm2, xmm1, 23
       vpaddd   xmm2, xmm2, xmmword ptr [reloc @RWD400]
       vpand    xmm1, xmm1, xmmword ptr [reloc @RWD416]
       vpor     xmm1, xmm1, xmmword ptr [reloc @RWD432]
       vpcmpgtd xmm3, xmm1, xmmword ptr [reloc @RWD448]
       vpand    xmm4, xmm3, xmmword ptr [reloc @RWD464]
       vpsubd   xmm1, xmm1, xmm4
       vpsubd   xmm2, xmm2, xmm3
       vmovaps  xmmword ptr [rbp-0x670], xmm2
       vsubps   xmm1, xmm1, xmmword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x680], xmm1
       vbroadcastss xmm1, dword ptr [reloc @RWD480]
       vmovaps  xmmword ptr [rbp-0x690], xmm1
       vbroadcastss xmm1, dword ptr [reloc @RWD484]
       vmovaps  xmmword ptr [rbp-0x6A0], xmm1
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x780], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x788], rax
       mov      rax, qword ptr [rbp-0x6A0]
       mov      qword ptr [rbp-0x790], rax
       vmovss   xmm0, dword ptr [rbp-0x780]
       vmovss   xmm1, dword ptr [rbp-0x788]
       vmovss   xmm2, dword ptr [rbp-0x790]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x778], xmm0
       vmovss   xmm0, dword ptr [rbp-0x77C]
       vmovss   xmm1, dword ptr [rbp-0x784]
       vmovss   xmm2, dword ptr [rbp-0x78C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x774], xmm0
       mov      r12, qword ptr [rbp-0x778]
       mov      rax, qword ptr [rbp-0x688]
       mov      qword ptr [rbp-0x7A0], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x7A8], rax
       mov      rax, qword ptr [rbp-0x698]
       mov      qword ptr [rbp-0x7B0], rax
       vmovss   xmm0, dword ptr [rbp-0x7A0]
       vmovss   xmm1, dword ptr [rbp-0x7A8]
       vmovss   xmm2, dword ptr [rbp-0x7B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x798], xmm0
       vmovss   xmm0, dword ptr [rbp-0x79C]
 
G_M000_IG17:                ;; offset=0x15B8
       vmovss   xmm1, dword ptr [rbp-0x7A4]
       vmovss   xmm2, dword ptr [rbp-0x7AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x794], xmm0
       mov      rax, qword ptr [rbp-0x798]
       mov      qword ptr [rbp-0x7C0], r12
       mov      qword ptr [rbp-0x7B8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x7C0]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD488]
       vmovaps  xmmword ptr [rbp-0x6B0], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x7D0], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x7D8], rax
       mov      rax, qword ptr [rbp-0x6B0]
       mov      qword ptr [rbp-0x7E0], rax
       vmovss   xmm0, dword ptr [rbp-0x7D0]
       vmovss   xmm1, dword ptr [rbp-0x7D8]
       vmovss   xmm2, dword ptr [rbp-0x7E0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7C8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x7CC]
       vmovss   xmm1, dword ptr [rbp-0x7D4]
       vmovss   xmm2, dword ptr [rbp-0x7DC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7C4], xmm0
       mov      r12, qword ptr [rbp-0x7C8]
       mov      rax, qword ptr [rbp-0x7B8]
       mov      qword ptr [rbp-0x7F0], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x7F8], rax
       mov      rax, qword ptr [rbp-0x6A8]
       mov      qword ptr [rbp-0x800], rax
       vmovss   xmm0, dword ptr [rbp-0x7F0]
       vmovss   xmm1, dword ptr [rbp-0x7F8]
       vmovss   xmm2, dword ptr [rbp-0x800]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7E8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x7EC]
       vmovss   xmm1, dword ptr [rbp-0x7F4]
       vmovss   xmm2, dword ptr [rbp-0x7FC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7E4], xmm0
       mov      rax, qword ptr [rbp-0x7E8]
       mov      qword ptr [rbp-0x810], r12
       mov      qword ptr [rbp-0x808], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x810]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD492]
       vmovaps  xmmword ptr [rbp-0x6C0], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x820], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x828], rax
       mov      rax, qword ptr [rbp-0x6C0]
       mov      qword ptr [rbp-0x830], rax
       vmovss   xmm0, dword ptr [rbp-0x820]
       vmovss   xmm1, dword ptr [rbp-0x828]
 
G_M000_IG18:                ;; offset=0x176A
       vmovss   xmm2, dword ptr [rbp-0x830]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x818], xmm0
       vmovss   xmm0, dword ptr [rbp-0x81C]
       vmovss   xmm1, dword ptr [rbp-0x824]
       vmovss   xmm2, dword ptr [rbp-0x82C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x814], xmm0
       mov      r12, qword ptr [rbp-0x818]
       mov      rax, qword ptr [rbp-0x808]
       mov      qword ptr [rbp-0x840], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x848], rax
       mov      rax, qword ptr [rbp-0x6B8]
       mov      qword ptr [rbp-0x850], rax
       vmovss   xmm0, dword ptr [rbp-0x840]
       vmovss   xmm1, dword ptr [rbp-0x848]
       vmovss   xmm2, dword ptr [rbp-0x850]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x838], xmm0
       vmovss   xmm0, dword ptr [rbp-0x83C]
       vmovss   xmm1, dword ptr [rbp-0x844]
       vmovss   xmm2, dword ptr [rbp-0x84C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x834], xmm0
       mov      rax, qword ptr [rbp-0x838]
       mov      qword ptr [rbp-0x860], r12
       mov      qword ptr [rbp-0x858], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x860]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD496]
       vmovaps  xmmword ptr [rbp-0x6D0], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x870], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x878], rax
       mov      rax, qword ptr [rbp-0x6D0]
       mov      qword ptr [rbp-0x880], rax
       vmovss   xmm0, dword ptr [rbp-0x870]
       vmovss   xmm1, dword ptr [rbp-0x878]
       vmovss   xmm2, dword ptr [rbp-0x880]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x868], xmm0
       vmovss   xmm0, dword ptr [rbp-0x86C]
       vmovss   xmm1, dword ptr [rbp-0x874]
       vmovss   xmm2, dword ptr [rbp-0x87C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x864], xmm0
       mov      r12, qword ptr [rbp-0x868]
       mov      rax, qword ptr [rbp-0x858]
       mov      qword ptr [rbp-0x890], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x898], rax
       mov      rax, qword ptr [rbp-0x6C8]
       mov      qword ptr [rbp-0x8A0], rax
       vmovss   xmm0, dword ptr [rbp-0x890]
       vmovss   xmm1, dword ptr [rbp-0x898]
       vmovss   xmm2, dword ptr [rbp-0x8A0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
 
G_M000_IG19:                ;; offset=0x1917
       vmovss   dword ptr [rbp-0x888], xmm0
       vmovss   xmm0, dword ptr [rbp-0x88C]
       vmovss   xmm1, dword ptr [rbp-0x894]
       vmovss   xmm2, dword ptr [rbp-0x89C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x884], xmm0
       mov      rax, qword ptr [rbp-0x888]
       mov      qword ptr [rbp-0x8B0], r12
       mov      qword ptr [rbp-0x8A8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x8B0]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD500]
       vmovaps  xmmword ptr [rbp-0x6E0], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x8C0], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x8C8], rax
       mov      rax, qword ptr [rbp-0x6E0]
       mov      qword ptr [rbp-0x8D0], rax
       vmovss   xmm0, dword ptr [rbp-0x8C0]
       vmovss   xmm1, dword ptr [rbp-0x8C8]
       vmovss   xmm2, dword ptr [rbp-0x8D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x8BC]
       vmovss   xmm1, dword ptr [rbp-0x8C4]
       vmovss   xmm2, dword ptr [rbp-0x8CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8B4], xmm0
       mov      r12, qword ptr [rbp-0x8B8]
       mov      rax, qword ptr [rbp-0x8A8]
       mov      qword ptr [rbp-0x8E0], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x8E8], rax
       mov      rax, qword ptr [rbp-0x6D8]
       mov      qword ptr [rbp-0x8F0], rax
       vmovss   xmm0, dword ptr [rbp-0x8E0]
       vmovss   xmm1, dword ptr [rbp-0x8E8]
       vmovss   xmm2, dword ptr [rbp-0x8F0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8D8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x8DC]
       vmovss   xmm1, dword ptr [rbp-0x8E4]
       vmovss   xmm2, dword ptr [rbp-0x8EC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8D4], xmm0
       mov      rax, qword ptr [rbp-0x8D8]
       mov      qword ptr [rbp-0x900], r12
       mov      qword ptr [rbp-0x8F8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x900]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD504]
       vmovaps  xmmword ptr [rbp-0x6F0], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x910], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x918], rax
       mov      rax, qword ptr [rbp-0x6F0]
       mov      qword ptr [rbp-0x920], rax
 
G_M000_IG20:                ;; offset=0x1AC9
       vmovss   xmm0, dword ptr [rbp-0x910]
       vmovss   xmm1, dword ptr [rbp-0x918]
       vmovss   xmm2, dword ptr [rbp-0x920]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x908], xmm0
       vmovss   xmm0, dword ptr [rbp-0x90C]
       vmovss   xmm1, dword ptr [rbp-0x914]
       vmovss   xmm2, dword ptr [rbp-0x91C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x904], xmm0
       mov      r12, qword ptr [rbp-0x908]
       mov      rax, qword ptr [rbp-0x8F8]
       mov      qword ptr [rbp-0x930], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x938], rax
       mov      rax, qword ptr [rbp-0x6E8]
       mov      qword ptr [rbp-0x940], rax
       vmovss   xmm0, dword ptr [rbp-0x930]
       vmovss   xmm1, dword ptr [rbp-0x938]
       vmovss   xmm2, dword ptr [rbp-0x940]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x928], xmm0
       vmovss   xmm0, dword ptr [rbp-0x92C]
       vmovss   xmm1, dword ptr [rbp-0x934]
       vmovss   xmm2, dword ptr [rbp-0x93C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x924], xmm0
       mov      rax, qword ptr [rbp-0x928]
       mov      qword ptr [rbp-0x950], r12
       mov      qword ptr [rbp-0x948], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x950]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD508]
       vmovaps  xmmword ptr [rbp-0x700], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x960], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x968], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x970], rax
       vmovss   xmm0, dword ptr [rbp-0x960]
       vmovss   xmm1, dword ptr [rbp-0x968]
       vmovss   xmm2, dword ptr [rbp-0x970]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x958], xmm0
       vmovss   xmm0, dword ptr [rbp-0x95C]
       vmovss   xmm1, dword ptr [rbp-0x964]
       vmovss   xmm2, dword ptr [rbp-0x96C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x954], xmm0
       mov      r12, qword ptr [rbp-0x958]
       mov      rax, qword ptr [rbp-0x948]
       mov      qword ptr [rbp-0x980], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x988], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x990], rax
       vmovss   xmm0, dword ptr [rbp-0x980]
       vmovss   xmm1, dword ptr [rbp-0x988]
 
G_M000_IG21:                ;; offset=0x1C79
       vmovss   xmm2, dword ptr [rbp-0x990]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x978], xmm0
       vmovss   xmm0, dword ptr [rbp-0x97C]
       vmovss   xmm1, dword ptr [rbp-0x984]
       vmovss   xmm2, dword ptr [rbp-0x98C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x974], xmm0
       mov      rax, qword ptr [rbp-0x978]
       mov      qword ptr [rbp-0x9A0], r12
       mov      qword ptr [rbp-0x998], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x9A0]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD512]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0x9B0], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0x9B8], rax
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x9C0], rax
       vmovss   xmm0, dword ptr [rbp-0x9B0]
       vmovss   xmm1, dword ptr [rbp-0x9B8]
       vmovss   xmm2, dword ptr [rbp-0x9C0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9A8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9AC]
       vmovss   xmm1, dword ptr [rbp-0x9B4]
       vmovss   xmm2, dword ptr [rbp-0x9BC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9A4], xmm0
       mov      r12, qword ptr [rbp-0x9A8]
       mov      rax, qword ptr [rbp-0x998]
       mov      qword ptr [rbp-0x9D0], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0x9D8], rax
       mov      rax, qword ptr [rbp-0x708]
       mov      qword ptr [rbp-0x9E0], rax
       vmovss   xmm0, dword ptr [rbp-0x9D0]
       vmovss   xmm1, dword ptr [rbp-0x9D8]
       vmovss   xmm2, dword ptr [rbp-0x9E0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9C8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9CC]
       vmovss   xmm1, dword ptr [rbp-0x9D4]
       vmovss   xmm2, dword ptr [rbp-0x9DC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9C4], xmm0
       mov      rax, qword ptr [rbp-0x9C8]
       mov      qword ptr [rbp-0x9F0], r12
       mov      qword ptr [rbp-0x9E8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x9F0]
       vmovaps  xmmword ptr [rbp-0x690], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x720], xmm0
       mov      rax, qword ptr [rbp-0x690]
       mov      qword ptr [rbp-0xA00], rax
       mov      rax, qword ptr [rbp-0x680]
       mov      qword ptr [rbp-0xA08], rax
 
G_M000_IG22:                ;; offset=0x1E2A
       mov      rax, qword ptr [rbp-0x720]
       mov      qword ptr [rbp-0xA10], rax
       vmovss   xmm0, dword ptr [rbp-0xA00]
       vmovss   xmm1, dword ptr [rbp-0xA08]
       vmovss   xmm2, dword ptr [rbp-0xA10]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9FC]
       vmovss   xmm1, dword ptr [rbp-0xA04]
       vmovss   xmm2, dword ptr [rbp-0xA0C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9F4], xmm0
       mov      r12, qword ptr [rbp-0x9F8]
       mov      rax, qword ptr [rbp-0x9E8]
       mov      qword ptr [rbp-0xA20], rax
       mov      rax, qword ptr [rbp-0x678]
       mov      qword ptr [rbp-0xA28], rax
       mov      rax, qword ptr [rbp-0x718]
       mov      qword ptr [rbp-0xA30], rax
       vmovss   xmm0, dword ptr [rbp-0xA20]
       vmovss   xmm1, dword ptr [rbp-0xA28]
       vmovss   xmm2, dword ptr [rbp-0xA30]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA18], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA1C]
       vmovss   xmm1, dword ptr [rbp-0xA24]
       vmovss   xmm2, dword ptr [rbp-0xA2C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA14], xmm0
       mov      rax, qword ptr [rbp-0xA18]
       mov      qword ptr [rbp-0xA40], r12
       mov      qword ptr [rbp-0xA38], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x680]
       vmulps   xmm0, xmm0, xmmword ptr [rbp-0xA40]
       vmovaps  xmmword ptr [rbp-0x730], xmm0
       vcvtdq2ps xmm0, xmmword ptr [rbp-0x670]
       vmovaps  xmmword ptr [rbp-0x740], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD516]
       vmovaps  xmmword ptr [rbp-0x750], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD520]
       vmovaps  xmmword ptr [rbp-0x760], xmm0
       mov      rax, qword ptr [rbp-0x740]
       mov      qword ptr [rbp-0xA50], rax
       mov      rax, qword ptr [rbp-0x760]
       mov      qword ptr [rbp-0xA58], rax
       mov      rax, qword ptr [rbp-0x730]
       mov      qword ptr [rbp-0xA60], rax
       vmovss   xmm0, dword ptr [rbp-0xA50]
       vmovss   xmm1, dword ptr [rbp-0xA58]
       vmovss   xmm2, dword ptr [rbp-0xA60]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA48], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA4C]
       vmovss   xmm1, dword ptr [rbp-0xA54]
       vmovss   xmm2, dword ptr [rbp-0xA5C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA44], xmm0
       mov      r12, qword ptr [rbp-0xA48]
       mov      rax, qword ptr [rbp-0x738]
 
G_M000_IG23:                ;; offset=0x1FDE
       mov      qword ptr [rbp-0xA70], rax
       mov      rax, qword ptr [rbp-0x758]
       mov      qword ptr [rbp-0xA78], rax
       mov      rax, qword ptr [rbp-0x728]
       mov      qword ptr [rbp-0xA80], rax
       vmovss   xmm0, dword ptr [rbp-0xA70]
       vmovss   xmm1, dword ptr [rbp-0xA78]
       vmovss   xmm2, dword ptr [rbp-0xA80]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA68], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA6C]
       vmovss   xmm1, dword ptr [rbp-0xA74]
       vmovss   xmm2, dword ptr [rbp-0xA7C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA64], xmm0
       mov      rax, qword ptr [rbp-0xA68]
       mov      qword ptr [rbp-0xA90], r12
       mov      qword ptr [rbp-0xA88], rax
       vmovaps  xmm0, xmmword ptr [rbp-0xA90]
       vmovaps  xmmword ptr [rbp-0x770], xmm0
       mov      rax, qword ptr [rbp-0x740]
       mov      qword ptr [rbp-0xAA0], rax
       mov      rax, qword ptr [rbp-0x750]
       mov      qword ptr [rbp-0xAA8], rax
       mov      rax, qword ptr [rbp-0x770]
       mov      qword ptr [rbp-0xAB0], rax
       vmovss   xmm0, dword ptr [rbp-0xAA0]
       vmovss   xmm1, dword ptr [rbp-0xAA8]
       vmovss   xmm2, dword ptr [rbp-0xAB0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA98], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA9C]
       vmovss   xmm1, dword ptr [rbp-0xAA4]
       vmovss   xmm2, dword ptr [rbp-0xAAC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA94], xmm0
       mov      r12, qword ptr [rbp-0xA98]
       mov      rax, qword ptr [rbp-0x738]
       mov      qword ptr [rbp-0xAC0], rax
       mov      rax, qword ptr [rbp-0x748]
       mov      qword ptr [rbp-0xAC8], rax
       mov      rax, qword ptr [rbp-0xA88]
       mov      qword ptr [rbp-0xAD0], rax
       vmovss   xmm0, dword ptr [rbp-0xAC0]
       vmovss   xmm1, dword ptr [rbp-0xAC8]
       vmovss   xmm2, dword ptr [rbp-0xAD0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAB8], xmm0
       vmovss   xmm0, dword ptr [rbp-0xABC]
       vmovss   xmm1, dword ptr [rbp-0xAC4]
       vmovss   xmm2, dword ptr [rbp-0xACC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAB4], xmm0
       mov      rdi, qword ptr [rbp-0xAB8]
       mov      qword ptr [rbp-0xAE0], r12
       mov      qword ptr [rbp-0xAD8], rdi
       vmovaps  xmm0, xmmword ptr [rbp-0xAE0]
       vmulps   xmm0, xmm0, xmmword ptr [reloc @RWD528]
       vsqrtps  xmm0, xmm0
 
G_M000_IG24:                ;; offset=0x2188
       vmovaps  xmmword ptr [rbp-0x160], xmm0
       vmovaps  xmm7, xmmword ptr [rbp-0x170]
       vpsrld   xmm1, xmm7, 8
       vmovaps  xmmword ptr [rbp-0x1A0], xmm1
       lea      rdi, [rbp-0xAF0]
       mov      esi, 0x200000
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm1, xmmword ptr [rbp-0x1A0]
       vmovups  xmmword ptr [rsp], xmm1
       vmovaps  xmm0, xmmword ptr [rbp-0xAF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB00]
       call     [ZoEngine.Cpu.Simd.Lanes128:AddU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB00]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xB10]
       mov      esi, 22
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftRight(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB10]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xB20]
       mov      esi, 22
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm1, xmmword ptr [rbp-0x1A0]
       vmovups  xmmword ptr [rsp], xmm1
       vmovaps  xmm0, xmmword ptr [rbp-0xB20]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB30]
       call     [ZoEngine.Cpu.Simd.Lanes128:SubU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB30]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xB40]
       call     [ZoEngine.Cpu.Simd.Lanes128:IntToFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xB50]
       vmovss   xmm0, dword ptr [reloc @RWD384]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB50]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB60]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB60]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB70]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xB80]
       vmovss   xmm0, dword ptr [reloc @RWD544]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xB90]
       vmovss   xmm0, dword ptr [reloc @RWD548]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB80]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
 
G_M000_IG25:                ;; offset=0x2309
       vmovaps  xmm0, xmmword ptr [rbp-0xB90]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xBA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xBB0]
       vmovss   xmm0, dword ptr [reloc @RWD552]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBA0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBB0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xBC0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xBD0]
       vmovss   xmm0, dword ptr [reloc @RWD556]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBC0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBD0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xBE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xBF0]
       vmovss   xmm0, dword ptr [reloc @RWD560]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC00]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC10]
       vmovss   xmm0, dword ptr [reloc @RWD432]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC00]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC10]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC20]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC30]
       vmovss   xmm0, dword ptr [reloc @RWD564]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC40]
       vmovss   xmm0, dword ptr [reloc @RWD568]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC30]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC40]
 
G_M000_IG26:                ;; offset=0x249D
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC30]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC50]
       vmovss   xmm0, dword ptr [reloc @RWD572]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC30]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC50]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC30]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC60]
       vmovss   xmm0, dword ptr [reloc @RWD576]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC30]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC60]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC30]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC70]
       vmovss   xmm0, dword ptr [reloc @RWD580]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC30]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC70]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC30]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC30]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xC80]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC90]
       mov      esi, 3
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB10]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC90]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xCA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xCB0]
       xor      esi, esi
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xCC0]
       mov      esi, 1
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCA0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCC0]
 
G_M000_IG27:                ;; offset=0x2629
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xCD0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCD0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xCE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:SubU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC80]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xCF0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC20]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD00]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD00]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xD10]
       call     [ZoEngine.Cpu.Simd.Lanes128:SelectU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC20]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD20]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC80]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD30]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD20]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD30]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xD40]
       call     [ZoEngine.Cpu.Simd.Lanes128:SelectU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xD50]
       mov      esi, 1
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCA0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD50]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD60]
       call     [ZoEngine.Cpu.Simd.Lanes128:AddU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xD70]
       mov      esi, 2
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD80]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
 
G_M000_IG28:                ;; offset=0x27AC
       vmovaps  xmm0, xmmword ptr [rbp-0xD80]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD90]
       mov      esi, 30
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xDA0]
       mov      esi, 2
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCA0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDA0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xDB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xDB0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xDC0]
       mov      esi, 30
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD10]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD90]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xDD0]
       call     [ZoEngine.Cpu.Simd.Lanes128:XorU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xDD0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0x180]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDC0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xDE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:XorU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xDE0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0x190]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm6, xmmword ptr [rbp-0x1B0]
       vmovups  xmmword ptr [rsp], xmm6
       lea      rdi, [rbp-0x1E0]
       mov      esi, 8
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftRight(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0x1E0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rsi, [rbp-0x1D0]
       lea      rdi, [rbp-0x1C0]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:SinCosTurns24(System.Runtime.Intrinsics.Vector128`1[uint],byref,byref)]
       vmovaps  xmm0, xmmword ptr [rbp-0x140]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x180]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0x80]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x140]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x190]
       vmovups  xmmword ptr [rsp+0x10], xmm0
 
G_M000_IG29:                ;; offset=0x2928
       lea      rdi, [rbp-0x90]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x160]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x1C0]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x160]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x1D0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0x80]
       lea      rsi, [rbp-0x90]
       lea      rdx, [rbp-0xA0]
       lea      rcx, [rbp-0xB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Transpose4(byref,byref,byref,byref)]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x80]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xC0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC0]
       vmovups  xmmword ptr [rsp], xmm0
       mov      rdi, rbx
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x90]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xD0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x10]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0xA0]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x20]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0xB0]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xF0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xF0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x30]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
 
G_M000_IG30:                ;; offset=0x2A90
       inc      r13d
       add      rbx, 64
       cmp      r13d, r15d
       vmovaps  xmm1, xmmword ptr [rbp-0x50]
       vmovaps  xmm2, xmmword ptr [rbp-0x60]
       vmovaps  xmm3, xmmword ptr [rbp-0x70]
       jl       G_M000_IG03
 
G_M000_IG31:                ;; offset=0x2AAF
       add      rsp, 0xDE8
       pop      rbx
       pop      r12
       pop      r13
       pop      r14
       pop      r15
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h
RWD16  	dq	8000000080000000h, 8000000080000000h
RWD32  	dd	D2511F53h		; -2.24543e+11
RWD36  	dd	00000000h
RWD40  	dq	00000000FFFFFFFFh
RWD48  	dq	FFFFFFFF00000000h, FFFFFFFF00000000h
RWD64  	dd	CD9E8D57h		; -3.32508e+08
RWD68  	dd	00000000h, 00000000h, 00000000h
RWD80  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD96  	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD112 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD128 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD144 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD160 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD176 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD192 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD208 	dq	1715609D1715609Dh, 1715609D1715609Dh
RWD224 	dq	A9066899A9066899h, A9066899A9066899h
RWD240 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD256 	dq	646E171E646E171Eh, 646E171E646E171Eh
RWD272 	dq	5384540F5384540Fh, 5384540F5384540Fh
RWD288 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD304 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD320 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD336 	dq	8FF347818FF34781h, 8FF347818FF34781h
RWD352 	dq	96A522AD96A522ADh, 96A522AD96A522ADh
RWD368 	dq	0000000100000001h, 0000000100000001h
RWD384 	dq	3380000033800000h, 3380000033800000h
RWD400 	dq	FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h
RWD416 	dq	007FFFFF007FFFFFh, 007FFFFF007FFFFFh
RWD432 	dq	3F8000003F800000h, 3F8000003F800000h
RWD448 	dq	3FB504F33FB504F3h, 3FB504F33FB504F3h
RWD464 	dq	0080000000800000h, 0080000000800000h
RWD480 	dd	BD9C151Dh		; -0.0762121
RWD484 	dd	3E0424F1h		;  0.129047
RWD488 	dd	BE079CE8h		; -0.132434
RWD492 	dd	3E1138CDh		;  0.141818
RWD496 	dd	BE2A1388h		;  -0.16609
RWD500 	dd	3E4CD1F6h		;   0.20002
RWD504 	dd	BE800214h		; -0.250016
RWD508 	dd	3EAAAAA8h		;  0.333333
RWD512 	dd	BEFFFFFCh		;      -0.5
RWD516 	dd	3F317180h		;  0.693138
RWD520 	dd	3717F7D1h		; 9.058e-06
RWD524 	dd	00000000h
RWD528 	dq	C0000000C0000000h, C0000000C0000000h
RWD544 	dd	C1D368F9h		;  -26.4263
RWD548 	dd	4270FA83h		;   60.2446
RWD552 	dd	C2AAE9E4h		;  -85.4568
RWD556 	dd	4281E0F8h		;   64.9394
RWD560 	dd	C19DE9E6h		;  -19.7392
RWD564 	dd	42283C1Ah		;   42.0587
RWD568 	dd	C2996966h		;  -76.7059
RWD572 	dd	42A335E3h		;   81.6052
RWD576 	dd	C2255DE7h		;  -41.3417
RWD580 	dd	40C90FDBh		;   6.28319

; Total bytes of code 10945

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:SetLoop[ZoEngine.Cpu.Simd.NoiseKernel`3+RademacherGroup[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 198 single block inlinees; 21 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       sub      rsp, 144
       lea      rbp, [rsp+0x90]
 
G_M000_IG02:                ;; offset=0x0010
       vpermilps xmm0, xmm0, 0
       vmovd    xmm1, esi
       vpshufd  xmm1, xmm1, 0
       vmovd    xmm2, edi
       vpshufd  xmm2, xmm2, 0
       shr      rdi, 32
       vmovd    xmm3, edi
       vpshufd  xmm3, xmm3, 0
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG09
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x003F
       lea      edi, [4*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       mov      esi, edi
       vmovd    xmm4, esi
       vpshufd  xmm4, xmm4, 0
       vpaddd   xmm4, xmm4, xmmword ptr [reloc @RWD00]
       vbroadcastss xmm5, dword ptr [reloc @RWD16]
       vpxor    xmm6, xmm5, xmm4
       xor      esi, 0xFFFFFFFF80000000
       vmovd    xmm7, esi
       vpshufd  xmm7, xmm7, 0
       vpcmpgtd xmm6, xmm7, xmm6
       shr      rdi, 32
       vmovd    xmm7, edi
       vpshufd  xmm7, xmm7, 0
       vpsubd   xmm6, xmm7, xmm6
       vbroadcastss xmm7, dword ptr [reloc @RWD20]
       vmovaps  xmm8, xmm7
       vpmuludq xmm9, xmm4, xmm8
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm8
       vmovddup xmm8, qword ptr [reloc @RWD24]
       vmovaps  xmm10, xmm8
       vpand    xmm10, xmm9, xmm10
       vpsllq   xmm11, xmm4, 32
       vpor     xmm10, xmm11, xmm10
       vmovaps  xmmword ptr [rbp-0x10], xmm10
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm9, xmm9, 32
       vpor     xmm4, xmm4, xmm9
       vbroadcastss xmm9, dword ptr [reloc @RWD48]
       vmovaps  xmm11, xmm9
       vpmuludq xmm12, xmm1, xmm11
       vpsrlq   xmm13, xmm1, 32
       vpmuludq xmm11, xmm13, xmm11
       vmovaps  xmm13, xmm8
       vpand    xmm13, xmm12, xmm13
       vpsllq   xmm14, xmm11, 32
       vpor     xmm13, xmm14, xmm13
       vpand    xmm11, xmm11, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm11, xmm11, xmm12
       vpxor    xmm6, xmm11, xmm6
       vpxor    xmm6, xmm6, xmm2
       vpxor    xmm4, xmm3, xmm4
       vpaddd   xmm11, xmm2, xmmword ptr [reloc @RWD64]
       vpaddd   xmm12, xmm3, xmmword ptr [reloc @RWD80]
       vmovaps  xmm14, xmm7
       vpmuludq xmm15, xmm6, xmm14
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm10, xmm6, 32
       vpor     xmm10, xmm10, xmm14
       vmovaps  xmmword ptr [rbp-0x20], xmm10
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm6, xmm6, xmm14
 
G_M000_IG04:                ;; offset=0x0180
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm10, xmm4, 32
       vpor     xmm10, xmm10, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm11
       vmovaps  xmm11, xmmword ptr [rbp-0x10]
       vpxor    xmm6, xmm11, xmm6
       vpxor    xmm6, xmm6, xmm12
       vpaddd   xmm11, xmm2, xmmword ptr [reloc @RWD96]
       vpaddd   xmm12, xmm3, xmmword ptr [reloc @RWD112]
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm4, xmm13
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm8
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm4, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x30], xmm13
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm6, xmm14
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm6, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm6, xmm6, xmm14
       vpxor    xmm6, xmm6, xmm10
       vpxor    xmm6, xmm6, xmm11
       vmovaps  xmm10, xmmword ptr [rbp-0x20]
       vpxor    xmm4, xmm10, xmm4
       vpxor    xmm4, xmm4, xmm12
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD128]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD144]
       vmovaps  xmm12, xmm7
       vpmuludq xmm14, xmm6, xmm12
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm12
       vmovaps  xmm12, xmm8
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm6, 32
       vpor     xmm12, xmm15, xmm12
       vmovaps  xmmword ptr [rbp-0x40], xmm12
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
 
G_M000_IG05:                ;; offset=0x02B9
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm12, xmm4, 32
       vpor     xmm12, xmm12, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm10
       vmovaps  xmm13, xmmword ptr [rbp-0x30]
       vpxor    xmm6, xmm13, xmm6
       vpxor    xmm6, xmm6, xmm11
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD160]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD176]
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm4, xmm13
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm8
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm4, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x50], xmm13
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm6, xmm14
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm6, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm6, xmm6, xmm14
       vpxor    xmm6, xmm6, xmm12
       vpxor    xmm6, xmm6, xmm10
       vmovaps  xmm12, xmmword ptr [rbp-0x40]
       vpxor    xmm4, xmm12, xmm4
       vpxor    xmm4, xmm4, xmm11
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD192]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD208]
       vmovaps  xmm12, xmm7
       vpmuludq xmm14, xmm6, xmm12
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm12
       vmovaps  xmm12, xmm8
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm6, 32
 
G_M000_IG06:                ;; offset=0x03EB
       vpor     xmm12, xmm15, xmm12
       vmovaps  xmmword ptr [rbp-0x60], xmm12
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm12, xmm4, 32
       vpor     xmm12, xmm12, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm10
       vmovaps  xmm13, xmmword ptr [rbp-0x50]
       vpxor    xmm6, xmm13, xmm6
       vpxor    xmm6, xmm6, xmm11
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD224]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD240]
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm4, xmm13
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm8
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm4, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x70], xmm13
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm6, xmm14
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm6, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm6, xmm6, xmm14
       vpxor    xmm6, xmm6, xmm12
       vpxor    xmm6, xmm6, xmm10
       vmovaps  xmm12, xmmword ptr [rbp-0x60]
       vpxor    xmm4, xmm12, xmm4
       vpxor    xmm4, xmm4, xmm11
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD256]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD272]
       vmovaps  xmm12, xmm7
       vpmuludq xmm14, xmm6, xmm12
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm12
       vmovaps  xmm12, xmm8
 
G_M000_IG07:                ;; offset=0x0525
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm6, 32
       vpor     xmm12, xmm15, xmm12
       vmovaps  xmmword ptr [rbp-0x80], xmm12
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm12, xmm4, 32
       vpor     xmm12, xmm12, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm10
       vmovaps  xmm13, xmmword ptr [rbp-0x70]
       vpxor    xmm6, xmm13, xmm6
       vpxor    xmm6, xmm6, xmm11
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD288]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD304]
       vmovaps  xmm13, xmm7
       vpmuludq xmm14, xmm4, xmm13
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm13
       vmovaps  xmm13, xmm8
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm4, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x90], xmm13
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm9
       vpmuludq xmm15, xmm6, xmm14
       vpsrlq   xmm6, xmm6, 32
       vpmuludq xmm6, xmm6, xmm14
       vmovaps  xmm14, xmm8
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm6, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm6, xmm6, xmm14
       vpxor    xmm6, xmm6, xmm12
       vpxor    xmm6, xmm6, xmm10
       vmovaps  xmm12, xmmword ptr [rbp-0x80]
       vpxor    xmm4, xmm12, xmm4
       vpxor    xmm4, xmm4, xmm11
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD320]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD336]
       vpmuludq xmm12, xmm6, xmm7
       vpsrlq   xmm6, xmm6, 32
 
G_M000_IG08:                ;; offset=0x065D
       vpmuludq xmm6, xmm6, xmm7
       vmovaps  xmm7, xmm8
       vpand    xmm7, xmm12, xmm7
       vpsllq   xmm14, xmm6, 32
       vpor     xmm7, xmm14, xmm7
       vpand    xmm6, xmm6, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm6, xmm6, xmm12
       vpmuludq xmm12, xmm4, xmm9
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm9
       vpand    xmm8, xmm12, xmm8
       vpsllq   xmm9, xmm4, 32
       vpor     xmm8, xmm9, xmm8
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD32]
       vpsrlq   xmm9, xmm12, 32
       vpor     xmm4, xmm4, xmm9
       vpxor    xmm4, xmm4, xmm13
       vpxor    xmm4, xmm4, xmm10
       vmovaps  xmm13, xmmword ptr [rbp-0x90]
       vpxor    xmm6, xmm13, xmm6
       vpxor    xmm6, xmm6, xmm11
       vpand    xmm4, xmm5, xmm4
       vbroadcastss xmm9, dword ptr [reloc @RWD352]
       vpor     xmm4, xmm4, xmm9
       vpand    xmm8, xmm5, xmm8
       vpor     xmm8, xmm8, xmm9
       vpand    xmm6, xmm5, xmm6
       vpor     xmm6, xmm6, xmm9
       vpand    xmm5, xmm5, xmm7
       vpor     xmm5, xmm5, xmm9
       vunpcklps xmm7, xmm4, xmm8
       vunpckhps xmm9, xmm4, xmm8
       vunpcklps xmm8, xmm6, xmm5
       vunpckhps xmm5, xmm6, xmm5
       vmovlhps xmm4, xmm7, xmm8
       vmovhlps xmm8, xmm8, xmm7
       vmovlhps xmm6, xmm9, xmm5
       vmovhlps xmm5, xmm5, xmm9
       vmulps   xmm4, xmm4, xmm0
       vmovups  xmmword ptr [r8], xmm4
       vmulps   xmm4, xmm8, xmm0
       vmovups  xmmword ptr [r8+0x10], xmm4
       vmulps   xmm4, xmm6, xmm0
       vmovups  xmmword ptr [r8+0x20], xmm4
       vmulps   xmm4, xmm5, xmm0
       vmovups  xmmword ptr [r8+0x30], xmm4
       inc      eax
       add      r8, 64
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG09:                ;; offset=0x0759
       add      rsp, 144
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h
RWD16  	dd	80000000h		;        -0
RWD20  	dd	D2511F53h		; -2.24543e+11
RWD24  	dq	00000000FFFFFFFFh
RWD32  	dq	FFFFFFFF00000000h, FFFFFFFF00000000h
RWD48  	dd	CD9E8D57h		; -3.32508e+08
RWD52  	dd	00000000h, 00000000h, 00000000h
RWD64  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD80  	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD96  	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD112 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD128 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD144 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD160 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD176 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD192 	dq	1715609D1715609Dh, 1715609D1715609Dh
RWD208 	dq	A9066899A9066899h, A9066899A9066899h
RWD224 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD240 	dq	646E171E646E171Eh, 646E171E646E171Eh
RWD256 	dq	5384540F5384540Fh, 5384540F5384540Fh
RWD272 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD288 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD304 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD320 	dq	8FF347818FF34781h, 8FF347818FF34781h
RWD336 	dq	96A522AD96A522ADh, 96A522AD96A522ADh
RWD352 	dd	3F800000h		;         1

; Total bytes of code 1890

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:AddProductLoop[ZoEngine.Cpu.Simd.NoiseKernel`3+GaussianGroup[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; partially interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 582 single block inlinees; 108 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     r14
       push     r13
       push     r12
       push     rbx
       sub      rsp, 0xE68
       lea      rbp, [rsp+0xE90]
       vxorps   xmm8, xmm8, xmm8
       vmovdqa  xmmword ptr [rbp-0xB60], xmm8
       mov      rax, -0xAE0
       vmovdqa  xmmword ptr [rbp+rax-0x70], xmm8
       vmovdqa  xmmword ptr [rbp+rax-0x60], xmm8
       vmovdqa  xmmword ptr [rbp+rax-0x50], xmm8
       add      rax, 48
       jne      SHORT  -5 instr
       mov      r14, rdx
       mov      r15d, ecx
       mov      rbx, r8
 
G_M000_IG02:                ;; offset=0x0051
       vpermilps xmm0, xmm0, 0
       vmovaps  xmmword ptr [rbp-0x40], xmm0
       vmovd    xmm1, esi
       vpshufd  xmm1, xmm1, 0
       vmovaps  xmmword ptr [rbp-0x50], xmm1
       vmovd    xmm2, edi
       vpshufd  xmm2, xmm2, 0
       vmovaps  xmmword ptr [rbp-0x60], xmm2
       shr      rdi, 32
       vmovd    xmm3, edi
       vpshufd  xmm3, xmm3, 0
       vmovaps  xmmword ptr [rbp-0x70], xmm3
       xor      r13d, r13d
       cmp      r13d, r15d
       jge      G_M000_IG31
 
G_M000_IG03:                ;; offset=0x0096
       lea      eax, [4*r13]
       cdqe     
       add      rax, r14
       mov      ecx, eax
       vmovd    xmm4, ecx
       vpshufd  xmm4, xmm4, 0
       vpaddd   xmm4, xmm4, xmmword ptr [reloc @RWD00]
       xor      ecx, 0xFFFFFFFF80000000
       vmovd    xmm5, ecx
       vpshufd  xmm5, xmm5, 0
       vpxor    xmm6, xmm4, xmmword ptr [reloc @RWD16]
       vpcmpgtd xmm5, xmm5, xmm6
       shr      rax, 32
       vmovd    xmm6, eax
       vpshufd  xmm6, xmm6, 0
       vpsubd   xmm5, xmm6, xmm5
       vbroadcastss xmm6, dword ptr [reloc @RWD32]
       vmovaps  xmm7, xmm6
       vpmuludq xmm8, xmm4, xmm7
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm7
       vmovddup xmm7, qword ptr [reloc @RWD40]
       vmovaps  xmm9, xmm7
       vpand    xmm9, xmm8, xmm9
       vpsllq   xmm10, xmm4, 32
       vpor     xmm9, xmm10, xmm9
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm8, xmm8, 32
       vpor     xmm4, xmm4, xmm8
       vbroadcastss xmm8, dword ptr [reloc @RWD64]
       vmovaps  xmm10, xmm8
       vpmuludq xmm11, xmm1, xmm10
       vpsrlq   xmm12, xmm1, 32
       vpmuludq xmm10, xmm12, xmm10
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm11, xmm12
       vpsllq   xmm13, xmm10, 32
       vpor     xmm12, xmm13, xmm12
       vpand    xmm10, xmm10, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm11, xmm11, 32
       vpor     xmm10, xmm10, xmm11
       vpxor    xmm5, xmm10, xmm5
       vpxor    xmm5, xmm5, xmm2
       vpxor    xmm4, xmm3, xmm4
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD80]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD96]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x180], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
 
G_M000_IG04:                ;; offset=0x01D5
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm10
       vpxor    xmm5, xmm9, xmm5
       vpxor    xmm5, xmm5, xmm11
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD112]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD128]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x180]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD144]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD160]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x190], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
 
G_M000_IG05:                ;; offset=0x030C
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD176]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD192]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x190]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD208]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD224]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x1A0], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
 
G_M000_IG06:                ;; offset=0x0443
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD240]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD256]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x1A0]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD272]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD288]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x1B0], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
 
G_M000_IG07:                ;; offset=0x057A
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD304]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD320]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x1B0]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD336]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD352]
       vpmuludq xmm13, xmm5, xmm6
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm6
       vmovaps  xmm6, xmm7
       vpand    xmm6, xmm13, xmm6
       vpsllq   xmm14, xmm5, 32
       vpor     xmm6, xmm14, xmm6
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm13, xmm13, 32
       vpor     xmm5, xmm5, xmm13
 
G_M000_IG08:                ;; offset=0x06AB
       vpmuludq xmm13, xmm4, xmm8
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm8
       vpand    xmm7, xmm13, xmm7
       vpsllq   xmm8, xmm4, 32
       vpor     xmm7, xmm8, xmm7
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm8, xmm13, 32
       vpor     xmm4, xmm4, xmm8
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vmovaps  xmmword ptr [rbp-0x1F0], xmm7
       vmovaps  xmmword ptr [rbp-0x1D0], xmm5
       vmovaps  xmmword ptr [rbp-0x230], xmm6
       vxorps   xmm8, xmm8, xmm8
       vmovaps  xmmword ptr [rbp-0x240], xmm8
       vmovaps  xmmword ptr [rbp-0x250], xmm8
       vpsrld   xmm4, xmm4, 8
       vpaddd   xmm4, xmm4, xmmword ptr [reloc @RWD368]
       vcvtdq2ps xmm4, xmm4
       vmulps   xmm4, xmm4, xmmword ptr [reloc @RWD384]
       vpsrld   xmm8, xmm4, 23
       vpaddd   xmm8, xmm8, xmmword ptr [reloc @RWD400]
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD416]
       vpor     xmm4, xmm4, xmmword ptr [reloc @RWD432]
       vpcmpgtd xmm9, xmm4, xmmword ptr [reloc @RWD448]
       vpand    xmm10, xmm9, xmmword ptr [reloc @RWD464]
       vpsubd   xmm4, xmm4, xmm10
       vpsubd   xmm8, xmm8, xmm9
       vmovaps  xmmword ptr [rbp-0x270], xmm8
       vsubps   xmm4, xmm4, xmmword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x280], xmm4
       vbroadcastss xmm4, dword ptr [reloc @RWD480]
       vmovaps  xmmword ptr [rbp-0x290], xmm4
       vbroadcastss xmm4, dword ptr [reloc @RWD484]
       vmovaps  xmmword ptr [rbp-0x2A0], xmm4
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x380], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x388], rax
       mov      rax, qword ptr [rbp-0x2A0]
       mov      qword ptr [rbp-0x390], rax
       vmovss   xmm0, dword ptr [rbp-0x380]
       vmovss   xmm1, dword ptr [rbp-0x388]
       vmovss   xmm2, dword ptr [rbp-0x390]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x378], xmm0
       vmovss   xmm0, dword ptr [rbp-0x37C]
       vmovss   xmm1, dword ptr [rbp-0x384]
       vmovss   xmm2, dword ptr [rbp-0x38C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x374], xmm0
       mov      r12, qword ptr [rbp-0x378]
       mov      rax, qword ptr [rbp-0x288]
       mov      qword ptr [rbp-0x3A0], rax
       mov      rax, qword ptr [rbp-0x278]
 
G_M000_IG09:                ;; offset=0x0834
       mov      qword ptr [rbp-0x3A8], rax
       mov      rax, qword ptr [rbp-0x298]
       mov      qword ptr [rbp-0x3B0], rax
       vmovss   xmm0, dword ptr [rbp-0x3A0]
       vmovss   xmm1, dword ptr [rbp-0x3A8]
       vmovss   xmm2, dword ptr [rbp-0x3B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x398], xmm0
       vmovss   xmm0, dword ptr [rbp-0x39C]
       vmovss   xmm1, dword ptr [rbp-0x3A4]
       vmovss   xmm2, dword ptr [rbp-0x3AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x394], xmm0
       mov      rax, qword ptr [rbp-0x398]
       mov      qword ptr [rbp-0x3C0], r12
       mov      qword ptr [rbp-0x3B8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x3C0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD488]
       vmovaps  xmmword ptr [rbp-0x2B0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x3D0], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x3D8], rax
       mov      rax, qword ptr [rbp-0x2B0]
       mov      qword ptr [rbp-0x3E0], rax
       vmovss   xmm0, dword ptr [rbp-0x3D0]
       vmovss   xmm1, dword ptr [rbp-0x3D8]
       vmovss   xmm2, dword ptr [rbp-0x3E0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3C8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x3CC]
       vmovss   xmm1, dword ptr [rbp-0x3D4]
       vmovss   xmm2, dword ptr [rbp-0x3DC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3C4], xmm0
       mov      r12, qword ptr [rbp-0x3C8]
       mov      rax, qword ptr [rbp-0x3B8]
       mov      qword ptr [rbp-0x3F0], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x3F8], rax
       mov      rax, qword ptr [rbp-0x2A8]
       mov      qword ptr [rbp-0x400], rax
       vmovss   xmm0, dword ptr [rbp-0x3F0]
       vmovss   xmm1, dword ptr [rbp-0x3F8]
       vmovss   xmm2, dword ptr [rbp-0x400]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3E8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x3EC]
       vmovss   xmm1, dword ptr [rbp-0x3F4]
       vmovss   xmm2, dword ptr [rbp-0x3FC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3E4], xmm0
       mov      rax, qword ptr [rbp-0x3E8]
       mov      qword ptr [rbp-0x410], r12
       mov      qword ptr [rbp-0x408], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x410]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD492]
 
G_M000_IG10:                ;; offset=0x09E6
       vmovaps  xmmword ptr [rbp-0x2C0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x420], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x428], rax
       mov      rax, qword ptr [rbp-0x2C0]
       mov      qword ptr [rbp-0x430], rax
       vmovss   xmm0, dword ptr [rbp-0x420]
       vmovss   xmm1, dword ptr [rbp-0x428]
       vmovss   xmm2, dword ptr [rbp-0x430]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x418], xmm0
       vmovss   xmm0, dword ptr [rbp-0x41C]
       vmovss   xmm1, dword ptr [rbp-0x424]
       vmovss   xmm2, dword ptr [rbp-0x42C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x414], xmm0
       mov      r12, qword ptr [rbp-0x418]
       mov      rax, qword ptr [rbp-0x408]
       mov      qword ptr [rbp-0x440], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x448], rax
       mov      rax, qword ptr [rbp-0x2B8]
       mov      qword ptr [rbp-0x450], rax
       vmovss   xmm0, dword ptr [rbp-0x440]
       vmovss   xmm1, dword ptr [rbp-0x448]
       vmovss   xmm2, dword ptr [rbp-0x450]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x438], xmm0
       vmovss   xmm0, dword ptr [rbp-0x43C]
       vmovss   xmm1, dword ptr [rbp-0x444]
       vmovss   xmm2, dword ptr [rbp-0x44C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x434], xmm0
       mov      rax, qword ptr [rbp-0x438]
       mov      qword ptr [rbp-0x460], r12
       mov      qword ptr [rbp-0x458], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x460]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD496]
       vmovaps  xmmword ptr [rbp-0x2D0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x470], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x478], rax
       mov      rax, qword ptr [rbp-0x2D0]
       mov      qword ptr [rbp-0x480], rax
       vmovss   xmm0, dword ptr [rbp-0x470]
       vmovss   xmm1, dword ptr [rbp-0x478]
       vmovss   xmm2, dword ptr [rbp-0x480]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x468], xmm0
       vmovss   xmm0, dword ptr [rbp-0x46C]
       vmovss   xmm1, dword ptr [rbp-0x474]
       vmovss   xmm2, dword ptr [rbp-0x47C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x464], xmm0
       mov      r12, qword ptr [rbp-0x468]
       mov      rax, qword ptr [rbp-0x458]
 
G_M000_IG11:                ;; offset=0x0B95
       mov      qword ptr [rbp-0x490], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x498], rax
       mov      rax, qword ptr [rbp-0x2C8]
       mov      qword ptr [rbp-0x4A0], rax
       vmovss   xmm0, dword ptr [rbp-0x490]
       vmovss   xmm1, dword ptr [rbp-0x498]
       vmovss   xmm2, dword ptr [rbp-0x4A0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x488], xmm0
       vmovss   xmm0, dword ptr [rbp-0x48C]
       vmovss   xmm1, dword ptr [rbp-0x494]
       vmovss   xmm2, dword ptr [rbp-0x49C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x484], xmm0
       mov      rax, qword ptr [rbp-0x488]
       mov      qword ptr [rbp-0x4B0], r12
       mov      qword ptr [rbp-0x4A8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x4B0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD500]
       vmovaps  xmmword ptr [rbp-0x2E0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x4C0], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x4C8], rax
       mov      rax, qword ptr [rbp-0x2E0]
       mov      qword ptr [rbp-0x4D0], rax
       vmovss   xmm0, dword ptr [rbp-0x4C0]
       vmovss   xmm1, dword ptr [rbp-0x4C8]
       vmovss   xmm2, dword ptr [rbp-0x4D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x4BC]
       vmovss   xmm1, dword ptr [rbp-0x4C4]
       vmovss   xmm2, dword ptr [rbp-0x4CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4B4], xmm0
       mov      r12, qword ptr [rbp-0x4B8]
       mov      rax, qword ptr [rbp-0x4A8]
       mov      qword ptr [rbp-0x4E0], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x4E8], rax
       mov      rax, qword ptr [rbp-0x2D8]
       mov      qword ptr [rbp-0x4F0], rax
       vmovss   xmm0, dword ptr [rbp-0x4E0]
       vmovss   xmm1, dword ptr [rbp-0x4E8]
       vmovss   xmm2, dword ptr [rbp-0x4F0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4D8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x4DC]
       vmovss   xmm1, dword ptr [rbp-0x4E4]
       vmovss   xmm2, dword ptr [rbp-0x4EC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4D4], xmm0
       mov      rax, qword ptr [rbp-0x4D8]
       mov      qword ptr [rbp-0x500], r12
       mov      qword ptr [rbp-0x4F8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x500]
 
G_M000_IG12:                ;; offset=0x0D44
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD504]
       vmovaps  xmmword ptr [rbp-0x2F0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x510], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x518], rax
       mov      rax, qword ptr [rbp-0x2F0]
       mov      qword ptr [rbp-0x520], rax
       vmovss   xmm0, dword ptr [rbp-0x510]
       vmovss   xmm1, dword ptr [rbp-0x518]
       vmovss   xmm2, dword ptr [rbp-0x520]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x508], xmm0
       vmovss   xmm0, dword ptr [rbp-0x50C]
       vmovss   xmm1, dword ptr [rbp-0x514]
       vmovss   xmm2, dword ptr [rbp-0x51C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x504], xmm0
       mov      r12, qword ptr [rbp-0x508]
       mov      rax, qword ptr [rbp-0x4F8]
       mov      qword ptr [rbp-0x530], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x538], rax
       mov      rax, qword ptr [rbp-0x2E8]
       mov      qword ptr [rbp-0x540], rax
       vmovss   xmm0, dword ptr [rbp-0x530]
       vmovss   xmm1, dword ptr [rbp-0x538]
       vmovss   xmm2, dword ptr [rbp-0x540]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x528], xmm0
       vmovss   xmm0, dword ptr [rbp-0x52C]
       vmovss   xmm1, dword ptr [rbp-0x534]
       vmovss   xmm2, dword ptr [rbp-0x53C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x524], xmm0
       mov      rax, qword ptr [rbp-0x528]
       mov      qword ptr [rbp-0x550], r12
       mov      qword ptr [rbp-0x548], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x550]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD508]
       vmovaps  xmmword ptr [rbp-0x300], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x560], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x568], rax
       mov      rax, qword ptr [rbp-0x300]
       mov      qword ptr [rbp-0x570], rax
       vmovss   xmm0, dword ptr [rbp-0x560]
       vmovss   xmm1, dword ptr [rbp-0x568]
       vmovss   xmm2, dword ptr [rbp-0x570]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x558], xmm0
       vmovss   xmm0, dword ptr [rbp-0x55C]
       vmovss   xmm1, dword ptr [rbp-0x564]
       vmovss   xmm2, dword ptr [rbp-0x56C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x554], xmm0
 
G_M000_IG13:                ;; offset=0x0EF6
       mov      r12, qword ptr [rbp-0x558]
       mov      rax, qword ptr [rbp-0x548]
       mov      qword ptr [rbp-0x580], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x588], rax
       mov      rax, qword ptr [rbp-0x2F8]
       mov      qword ptr [rbp-0x590], rax
       vmovss   xmm0, dword ptr [rbp-0x580]
       vmovss   xmm1, dword ptr [rbp-0x588]
       vmovss   xmm2, dword ptr [rbp-0x590]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x578], xmm0
       vmovss   xmm0, dword ptr [rbp-0x57C]
       vmovss   xmm1, dword ptr [rbp-0x584]
       vmovss   xmm2, dword ptr [rbp-0x58C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x574], xmm0
       mov      rax, qword ptr [rbp-0x578]
       mov      qword ptr [rbp-0x5A0], r12
       mov      qword ptr [rbp-0x598], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x5A0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD512]
       vmovaps  xmmword ptr [rbp-0x310], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x5B0], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x5B8], rax
       mov      rax, qword ptr [rbp-0x310]
       mov      qword ptr [rbp-0x5C0], rax
       vmovss   xmm0, dword ptr [rbp-0x5B0]
       vmovss   xmm1, dword ptr [rbp-0x5B8]
       vmovss   xmm2, dword ptr [rbp-0x5C0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5A8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5AC]
       vmovss   xmm1, dword ptr [rbp-0x5B4]
       vmovss   xmm2, dword ptr [rbp-0x5BC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5A4], xmm0
       mov      r12, qword ptr [rbp-0x5A8]
       mov      rax, qword ptr [rbp-0x598]
       mov      qword ptr [rbp-0x5D0], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x5D8], rax
       mov      rax, qword ptr [rbp-0x308]
       mov      qword ptr [rbp-0x5E0], rax
       vmovss   xmm0, dword ptr [rbp-0x5D0]
       vmovss   xmm1, dword ptr [rbp-0x5D8]
       vmovss   xmm2, dword ptr [rbp-0x5E0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5C8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5CC]
       vmovss   xmm1, dword ptr [rbp-0x5D4]
       vmovss   xmm2, dword ptr [rbp-0x5DC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5C4], xmm0
       mov      rax, qword ptr [rbp-0x5C8]
       mov      qword ptr [rbp-0x5F0], r12
 
G_M000_IG14:                ;; offset=0x10A4
       mov      qword ptr [rbp-0x5E8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x5F0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x320], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x600], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x608], rax
       mov      rax, qword ptr [rbp-0x320]
       mov      qword ptr [rbp-0x610], rax
       vmovss   xmm0, dword ptr [rbp-0x600]
       vmovss   xmm1, dword ptr [rbp-0x608]
       vmovss   xmm2, dword ptr [rbp-0x610]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5FC]
       vmovss   xmm1, dword ptr [rbp-0x604]
       vmovss   xmm2, dword ptr [rbp-0x60C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5F4], xmm0
       mov      r12, qword ptr [rbp-0x5F8]
       mov      rax, qword ptr [rbp-0x5E8]
       mov      qword ptr [rbp-0x620], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x628], rax
       mov      rax, qword ptr [rbp-0x318]
       mov      qword ptr [rbp-0x630], rax
       vmovss   xmm0, dword ptr [rbp-0x620]
       vmovss   xmm1, dword ptr [rbp-0x628]
       vmovss   xmm2, dword ptr [rbp-0x630]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x618], xmm0
       vmovss   xmm0, dword ptr [rbp-0x61C]
       vmovss   xmm1, dword ptr [rbp-0x624]
       vmovss   xmm2, dword ptr [rbp-0x62C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x614], xmm0
       mov      rax, qword ptr [rbp-0x618]
       mov      qword ptr [rbp-0x640], r12
       mov      qword ptr [rbp-0x638], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x280]
       vmulps   xmm0, xmm0, xmmword ptr [rbp-0x640]
       vmovaps  xmmword ptr [rbp-0x330], xmm0
       vcvtdq2ps xmm0, xmmword ptr [rbp-0x270]
       vmovaps  xmmword ptr [rbp-0x340], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD516]
       vmovaps  xmmword ptr [rbp-0x350], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD520]
       vmovaps  xmmword ptr [rbp-0x360], xmm0
       mov      rax, qword ptr [rbp-0x340]
       mov      qword ptr [rbp-0x650], rax
       mov      rax, qword ptr [rbp-0x360]
       mov      qword ptr [rbp-0x658], rax
       mov      rax, qword ptr [rbp-0x330]
       mov      qword ptr [rbp-0x660], rax
       vmovss   xmm0, dword ptr [rbp-0x650]
       vmovss   xmm1, dword ptr [rbp-0x658]
       vmovss   xmm2, dword ptr [rbp-0x660]
 
G_M000_IG15:                ;; offset=0x125C
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x648], xmm0
       vmovss   xmm0, dword ptr [rbp-0x64C]
       vmovss   xmm1, dword ptr [rbp-0x654]
       vmovss   xmm2, dword ptr [rbp-0x65C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x644], xmm0
       mov      r12, qword ptr [rbp-0x648]
       mov      rax, qword ptr [rbp-0x338]
       mov      qword ptr [rbp-0x670], rax
       mov      rax, qword ptr [rbp-0x358]
       mov      qword ptr [rbp-0x678], rax
       mov      rax, qword ptr [rbp-0x328]
       mov      qword ptr [rbp-0x680], rax
       vmovss   xmm0, dword ptr [rbp-0x670]
       vmovss   xmm1, dword ptr [rbp-0x678]
       vmovss   xmm2, dword ptr [rbp-0x680]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x668], xmm0
       vmovss   xmm0, dword ptr [rbp-0x66C]
       vmovss   xmm1, dword ptr [rbp-0x674]
       vmovss   xmm2, dword ptr [rbp-0x67C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x664], xmm0
       mov      rax, qword ptr [rbp-0x668]
       mov      qword ptr [rbp-0x690], r12
       mov      qword ptr [rbp-0x688], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x690]
       vmovaps  xmmword ptr [rbp-0x370], xmm0
       mov      rax, qword ptr [rbp-0x340]
       mov      qword ptr [rbp-0x6A0], rax
       mov      rax, qword ptr [rbp-0x350]
       mov      qword ptr [rbp-0x6A8], rax
       mov      rax, qword ptr [rbp-0x370]
       mov      qword ptr [rbp-0x6B0], rax
       vmovss   xmm0, dword ptr [rbp-0x6A0]
       vmovss   xmm1, dword ptr [rbp-0x6A8]
       vmovss   xmm2, dword ptr [rbp-0x6B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x698], xmm0
       vmovss   xmm0, dword ptr [rbp-0x69C]
       vmovss   xmm1, dword ptr [rbp-0x6A4]
       vmovss   xmm2, dword ptr [rbp-0x6AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x694], xmm0
       mov      r12, qword ptr [rbp-0x698]
       mov      rax, qword ptr [rbp-0x338]
       mov      qword ptr [rbp-0x6C0], rax
       mov      rax, qword ptr [rbp-0x348]
       mov      qword ptr [rbp-0x6C8], rax
       mov      rax, qword ptr [rbp-0x688]
       mov      qword ptr [rbp-0x6D0], rax
       vmovss   xmm0, dword ptr [rbp-0x6C0]
       vmovss   xmm1, dword ptr [rbp-0x6C8]
       vmovss   xmm2, dword ptr [rbp-0x6D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x6B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x6BC]
       vmovss   xmm1, dword ptr [rbp-0x6C4]
 
G_M000_IG16:                ;; offset=0x1408
       vmovss   xmm2, dword ptr [rbp-0x6CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x6B4], xmm0
       mov      rax, qword ptr [rbp-0x6B8]
       mov      qword ptr [rbp-0x6E0], r12
       mov      qword ptr [rbp-0x6D8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x6E0]
       vmulps   xmm0, xmm0, xmmword ptr [reloc @RWD528]
       vsqrtps  xmm0, xmm0
       vmovaps  xmmword ptr [rbp-0x1C0], xmm0
       vmovaps  xmm5, xmmword ptr [rbp-0x1D0]
       vpsrld   xmm1, xmm5, 8
       vpaddd   xmm1, xmm1, xmmword ptr [reloc @RWD368]
       vcvtdq2ps xmm1, xmm1
       vmulps   xmm1, xmm1, xmmword ptr [reloc @RWD384]
       vpsrld   xmm2, xmm1, 23
       vpaddd   xmm2, xmm2, xmmword ptr [reloc @RWD400]
       vpand    xmm1, xmm1, xmmword ptr [reloc @RWD416]
       vpor     xmm1, xmm1, xmmword ptr [reloc @RWD432]
       vpcmpgtd xmm3, xmm1, xmmword ptr [reloc @RWD448]
       vpand    xmm4, xmm3, xmmword ptr [reloc @RWD464]
       vpsubd   xmm1, xmm1, xmm4
       vpsubd   xmm2, xmm2, xmm3
       vmovaps  xmmword ptr [rbp-0x6F0], xmm2
       vsubps   xmm1, xmm1, xmmword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x700], xmm1
       vbroadcastss xmm1, dword ptr [reloc @RWD480]
       vmovaps  xmmword ptr [rbp-0x710], xmm1
       vbroadcastss xmm1, dword ptr [reloc @RWD484]
       vmovaps  xmmword ptr [rbp-0x720], xmm1
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x800], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x808], rax
       mov      rax, qword ptr [rbp-0x720]
       mov      qword ptr [rbp-0x810], rax
       vmovss   xmm0, dword ptr [rbp-0x800]
       vmovss   xmm1, dword ptr [rbp-0x808]
       vmovss   xmm2, dword ptr [rbp-0x810]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x7FC]
       vmovss   xmm1, dword ptr [rbp-0x804]
       vmovss   xmm2, dword ptr [rbp-0x80C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7F4], xmm0
       mov      r12, qword ptr [rbp-0x7F8]
       mov      rax, qword ptr [rbp-0x708]
       mov      qword ptr [rbp-0x820], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x828], rax
       mov      rax, qword ptr [rbp-0x718]
       mov      qword ptr [rbp-0x830], rax
       vmovss   xmm0, dword ptr [rbp-0x820]
       vmovss   xmm1, dword ptr [rbp-0x828]
       vmovss   xmm2, dword ptr [rbp-0x830]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x818], xmm0
       vmovss   xmm0, dword ptr [rbp-0x81C]
 
G_M000_IG17:                ;; offset=0x15B0
       vmovss   xmm1, dword ptr [rbp-0x824]
       vmovss   xmm2, dword ptr [rbp-0x82C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x814], xmm0
       mov      rax, qword ptr [rbp-0x818]
       mov      qword ptr [rbp-0x840], r12
       mov      qword ptr [rbp-0x838], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x840]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD488]
       vmovaps  xmmword ptr [rbp-0x730], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x850], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x858], rax
       mov      rax, qword ptr [rbp-0x730]
       mov      qword ptr [rbp-0x860], rax
       vmovss   xmm0, dword ptr [rbp-0x850]
       vmovss   xmm1, dword ptr [rbp-0x858]
       vmovss   xmm2, dword ptr [rbp-0x860]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x848], xmm0
       vmovss   xmm0, dword ptr [rbp-0x84C]
       vmovss   xmm1, dword ptr [rbp-0x854]
       vmovss   xmm2, dword ptr [rbp-0x85C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x844], xmm0
       mov      r12, qword ptr [rbp-0x848]
       mov      rax, qword ptr [rbp-0x838]
       mov      qword ptr [rbp-0x870], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x878], rax
       mov      rax, qword ptr [rbp-0x728]
       mov      qword ptr [rbp-0x880], rax
       vmovss   xmm0, dword ptr [rbp-0x870]
       vmovss   xmm1, dword ptr [rbp-0x878]
       vmovss   xmm2, dword ptr [rbp-0x880]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x868], xmm0
       vmovss   xmm0, dword ptr [rbp-0x86C]
       vmovss   xmm1, dword ptr [rbp-0x874]
       vmovss   xmm2, dword ptr [rbp-0x87C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x864], xmm0
       mov      rax, qword ptr [rbp-0x868]
       mov      qword ptr [rbp-0x890], r12
       mov      qword ptr [rbp-0x888], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x890]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD492]
       vmovaps  xmmword ptr [rbp-0x740], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x8A0], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x8A8], rax
       mov      rax, qword ptr [rbp-0x740]
       mov      qword ptr [rbp-0x8B0], rax
       vmovss   xmm0, dword ptr [rbp-0x8A0]
       vmovss   xmm1, dword ptr [rbp-0x8A8]
 
G_M000_IG18:                ;; offset=0x1762
       vmovss   xmm2, dword ptr [rbp-0x8B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x898], xmm0
       vmovss   xmm0, dword ptr [rbp-0x89C]
       vmovss   xmm1, dword ptr [rbp-0x8A4]
       vmovss   xmm2, dword ptr [rbp-0x8AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x894], xmm0
       mov      r12, qword ptr [rbp-0x898]
       mov      rax, qword ptr [rbp-0x888]
       mov      qword ptr [rbp-0x8C0], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x8C8], rax
       mov      rax, qword ptr [rbp-0x738]
       mov      qword ptr [rbp-0x8D0], rax
       vmovss   xmm0, dword ptr [rbp-0x8C0]
       vmovss   xmm1, dword ptr [rbp-0x8C8]
       vmovss   xmm2, dword ptr [rbp-0x8D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x8BC]
       vmovss   xmm1, dword ptr [rbp-0x8C4]
       vmovss   xmm2, dword ptr [rbp-0x8CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8B4], xmm0
       mov      rax, qword ptr [rbp-0x8B8]
       mov      qword ptr [rbp-0x8E0], r12
       mov      qword ptr [rbp-0x8D8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x8E0]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD496]
       vmovaps  xmmword ptr [rbp-0x750], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x8F0], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x8F8], rax
       mov      rax, qword ptr [rbp-0x750]
       mov      qword ptr [rbp-0x900], rax
       vmovss   xmm0, dword ptr [rbp-0x8F0]
       vmovss   xmm1, dword ptr [rbp-0x8F8]
       vmovss   xmm2, dword ptr [rbp-0x900]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8E8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x8EC]
       vmovss   xmm1, dword ptr [rbp-0x8F4]
       vmovss   xmm2, dword ptr [rbp-0x8FC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8E4], xmm0
       mov      r12, qword ptr [rbp-0x8E8]
       mov      rax, qword ptr [rbp-0x8D8]
       mov      qword ptr [rbp-0x910], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x918], rax
       mov      rax, qword ptr [rbp-0x748]
       mov      qword ptr [rbp-0x920], rax
       vmovss   xmm0, dword ptr [rbp-0x910]
       vmovss   xmm1, dword ptr [rbp-0x918]
       vmovss   xmm2, dword ptr [rbp-0x920]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
 
G_M000_IG19:                ;; offset=0x190F
       vmovss   dword ptr [rbp-0x908], xmm0
       vmovss   xmm0, dword ptr [rbp-0x90C]
       vmovss   xmm1, dword ptr [rbp-0x914]
       vmovss   xmm2, dword ptr [rbp-0x91C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x904], xmm0
       mov      rax, qword ptr [rbp-0x908]
       mov      qword ptr [rbp-0x930], r12
       mov      qword ptr [rbp-0x928], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x930]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD500]
       vmovaps  xmmword ptr [rbp-0x760], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x940], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x948], rax
       mov      rax, qword ptr [rbp-0x760]
       mov      qword ptr [rbp-0x950], rax
       vmovss   xmm0, dword ptr [rbp-0x940]
       vmovss   xmm1, dword ptr [rbp-0x948]
       vmovss   xmm2, dword ptr [rbp-0x950]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x938], xmm0
       vmovss   xmm0, dword ptr [rbp-0x93C]
       vmovss   xmm1, dword ptr [rbp-0x944]
       vmovss   xmm2, dword ptr [rbp-0x94C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x934], xmm0
       mov      r12, qword ptr [rbp-0x938]
       mov      rax, qword ptr [rbp-0x928]
       mov      qword ptr [rbp-0x960], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x968], rax
       mov      rax, qword ptr [rbp-0x758]
       mov      qword ptr [rbp-0x970], rax
       vmovss   xmm0, dword ptr [rbp-0x960]
       vmovss   xmm1, dword ptr [rbp-0x968]
       vmovss   xmm2, dword ptr [rbp-0x970]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x958], xmm0
       vmovss   xmm0, dword ptr [rbp-0x95C]
       vmovss   xmm1, dword ptr [rbp-0x964]
       vmovss   xmm2, dword ptr [rbp-0x96C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x954], xmm0
       mov      rax, qword ptr [rbp-0x958]
       mov      qword ptr [rbp-0x980], r12
       mov      qword ptr [rbp-0x978], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x980]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD504]
       vmovaps  xmmword ptr [rbp-0x770], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x990], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x998], rax
       mov      rax, qword ptr [rbp-0x770]
       mov      qword ptr [rbp-0x9A0], rax
 
G_M000_IG20:                ;; offset=0x1AC1
       vmovss   xmm0, dword ptr [rbp-0x990]
       vmovss   xmm1, dword ptr [rbp-0x998]
       vmovss   xmm2, dword ptr [rbp-0x9A0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x988], xmm0
       vmovss   xmm0, dword ptr [rbp-0x98C]
       vmovss   xmm1, dword ptr [rbp-0x994]
       vmovss   xmm2, dword ptr [rbp-0x99C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x984], xmm0
       mov      r12, qword ptr [rbp-0x988]
       mov      rax, qword ptr [rbp-0x978]
       mov      qword ptr [rbp-0x9B0], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x9B8], rax
       mov      rax, qword ptr [rbp-0x768]
       mov      qword ptr [rbp-0x9C0], rax
       vmovss   xmm0, dword ptr [rbp-0x9B0]
       vmovss   xmm1, dword ptr [rbp-0x9B8]
       vmovss   xmm2, dword ptr [rbp-0x9C0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9A8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9AC]
       vmovss   xmm1, dword ptr [rbp-0x9B4]
       vmovss   xmm2, dword ptr [rbp-0x9BC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9A4], xmm0
       mov      rax, qword ptr [rbp-0x9A8]
       mov      qword ptr [rbp-0x9D0], r12
       mov      qword ptr [rbp-0x9C8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x9D0]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD508]
       vmovaps  xmmword ptr [rbp-0x780], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x9E0], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x9E8], rax
       mov      rax, qword ptr [rbp-0x780]
       mov      qword ptr [rbp-0x9F0], rax
       vmovss   xmm0, dword ptr [rbp-0x9E0]
       vmovss   xmm1, dword ptr [rbp-0x9E8]
       vmovss   xmm2, dword ptr [rbp-0x9F0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9D8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9DC]
       vmovss   xmm1, dword ptr [rbp-0x9E4]
       vmovss   xmm2, dword ptr [rbp-0x9EC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9D4], xmm0
       mov      r12, qword ptr [rbp-0x9D8]
       mov      rax, qword ptr [rbp-0x9C8]
       mov      qword ptr [rbp-0xA00], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0xA08], rax
       mov      rax, qword ptr [rbp-0x778]
       mov      qword ptr [rbp-0xA10], rax
       vmovss   xmm0, dword ptr [rbp-0xA00]
       vmovss   xmm1, dword ptr [rbp-0xA08]
 
G_M000_IG21:                ;; offset=0x1C71
       vmovss   xmm2, dword ptr [rbp-0xA10]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9FC]
       vmovss   xmm1, dword ptr [rbp-0xA04]
       vmovss   xmm2, dword ptr [rbp-0xA0C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9F4], xmm0
       mov      rax, qword ptr [rbp-0x9F8]
       mov      qword ptr [rbp-0xA20], r12
       mov      qword ptr [rbp-0xA18], rax
       vmovaps  xmm0, xmmword ptr [rbp-0xA20]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD512]
       vmovaps  xmmword ptr [rbp-0x790], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0xA30], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0xA38], rax
       mov      rax, qword ptr [rbp-0x790]
       mov      qword ptr [rbp-0xA40], rax
       vmovss   xmm0, dword ptr [rbp-0xA30]
       vmovss   xmm1, dword ptr [rbp-0xA38]
       vmovss   xmm2, dword ptr [rbp-0xA40]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA28], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA2C]
       vmovss   xmm1, dword ptr [rbp-0xA34]
       vmovss   xmm2, dword ptr [rbp-0xA3C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA24], xmm0
       mov      r12, qword ptr [rbp-0xA28]
       mov      rax, qword ptr [rbp-0xA18]
       mov      qword ptr [rbp-0xA50], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0xA58], rax
       mov      rax, qword ptr [rbp-0x788]
       mov      qword ptr [rbp-0xA60], rax
       vmovss   xmm0, dword ptr [rbp-0xA50]
       vmovss   xmm1, dword ptr [rbp-0xA58]
       vmovss   xmm2, dword ptr [rbp-0xA60]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA48], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA4C]
       vmovss   xmm1, dword ptr [rbp-0xA54]
       vmovss   xmm2, dword ptr [rbp-0xA5C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA44], xmm0
       mov      rax, qword ptr [rbp-0xA48]
       mov      qword ptr [rbp-0xA70], r12
       mov      qword ptr [rbp-0xA68], rax
       vmovaps  xmm0, xmmword ptr [rbp-0xA70]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x7A0], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0xA80], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0xA88], rax
 
G_M000_IG22:                ;; offset=0x1E22
       mov      rax, qword ptr [rbp-0x7A0]
       mov      qword ptr [rbp-0xA90], rax
       vmovss   xmm0, dword ptr [rbp-0xA80]
       vmovss   xmm1, dword ptr [rbp-0xA88]
       vmovss   xmm2, dword ptr [rbp-0xA90]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA78], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA7C]
       vmovss   xmm1, dword ptr [rbp-0xA84]
       vmovss   xmm2, dword ptr [rbp-0xA8C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA74], xmm0
       mov      r12, qword ptr [rbp-0xA78]
       mov      rax, qword ptr [rbp-0xA68]
       mov      qword ptr [rbp-0xAA0], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0xAA8], rax
       mov      rax, qword ptr [rbp-0x798]
       mov      qword ptr [rbp-0xAB0], rax
       vmovss   xmm0, dword ptr [rbp-0xAA0]
       vmovss   xmm1, dword ptr [rbp-0xAA8]
       vmovss   xmm2, dword ptr [rbp-0xAB0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA98], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA9C]
       vmovss   xmm1, dword ptr [rbp-0xAA4]
       vmovss   xmm2, dword ptr [rbp-0xAAC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA94], xmm0
       mov      rax, qword ptr [rbp-0xA98]
       mov      qword ptr [rbp-0xAC0], r12
       mov      qword ptr [rbp-0xAB8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x700]
       vmulps   xmm0, xmm0, xmmword ptr [rbp-0xAC0]
       vmovaps  xmmword ptr [rbp-0x7B0], xmm0
       vcvtdq2ps xmm0, xmmword ptr [rbp-0x6F0]
       vmovaps  xmmword ptr [rbp-0x7C0], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD516]
       vmovaps  xmmword ptr [rbp-0x7D0], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD520]
       vmovaps  xmmword ptr [rbp-0x7E0], xmm0
       mov      rax, qword ptr [rbp-0x7C0]
       mov      qword ptr [rbp-0xAD0], rax
       mov      rax, qword ptr [rbp-0x7E0]
       mov      qword ptr [rbp-0xAD8], rax
       mov      rax, qword ptr [rbp-0x7B0]
       mov      qword ptr [rbp-0xAE0], rax
       vmovss   xmm0, dword ptr [rbp-0xAD0]
       vmovss   xmm1, dword ptr [rbp-0xAD8]
       vmovss   xmm2, dword ptr [rbp-0xAE0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAC8], xmm0
       vmovss   xmm0, dword ptr [rbp-0xACC]
       vmovss   xmm1, dword ptr [rbp-0xAD4]
       vmovss   xmm2, dword ptr [rbp-0xADC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAC4], xmm0
       mov      r12, qword ptr [rbp-0xAC8]
       mov      rax, qword ptr [rbp-0x7B8]
 
G_M000_IG23:                ;; offset=0x1FD6
       mov      qword ptr [rbp-0xAF0], rax
       mov      rax, qword ptr [rbp-0x7D8]
       mov      qword ptr [rbp-0xAF8], rax
       mov      rax, qword ptr [rbp-0x7A8]
       mov      qword ptr [rbp-0xB00], rax
       vmovss   xmm0, dword ptr [rbp-0xAF0]
       vmovss   xmm1, dword ptr [rbp-0xAF8]
       vmovss   xmm2, dword ptr [rbp-0xB00]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAE8], xmm0
       vmovss   xmm0, dword ptr [rbp-0xAEC]
       vmovss   xmm1, dword ptr [rbp-0xAF4]
       vmovss   xmm2, dword ptr [rbp-0xAFC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAE4], xmm0
       mov      rax, qword ptr [rbp-0xAE8]
       mov      qword ptr [rbp-0xB10], r12
       mov      qword ptr [rbp-0xB08], rax
       vmovaps  xmm0, xmmword ptr [rbp-0xB10]
       vmovaps  xmmword ptr [rbp-0x7F0], xmm0
       mov      rax, qword ptr [rbp-0x7C0]
       mov      qword ptr [rbp-0xB20], rax
       mov      rax, qword ptr [rbp-0x7D0]
       mov      qword ptr [rbp-0xB28], rax
       mov      rax, qword ptr [rbp-0x7F0]
       mov      qword ptr [rbp-0xB30], rax
       vmovss   xmm0, dword ptr [rbp-0xB20]
       vmovss   xmm1, dword ptr [rbp-0xB28]
       vmovss   xmm2, dword ptr [rbp-0xB30]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB18], xmm0
       vmovss   xmm0, dword ptr [rbp-0xB1C]
       vmovss   xmm1, dword ptr [rbp-0xB24]
       vmovss   xmm2, dword ptr [rbp-0xB2C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB14], xmm0
       mov      r12, qword ptr [rbp-0xB18]
       mov      rax, qword ptr [rbp-0x7B8]
       mov      qword ptr [rbp-0xB40], rax
       mov      rax, qword ptr [rbp-0x7C8]
       mov      qword ptr [rbp-0xB48], rax
       mov      rax, qword ptr [rbp-0xB08]
       mov      qword ptr [rbp-0xB50], rax
       vmovss   xmm0, dword ptr [rbp-0xB40]
       vmovss   xmm1, dword ptr [rbp-0xB48]
       vmovss   xmm2, dword ptr [rbp-0xB50]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB38], xmm0
       vmovss   xmm0, dword ptr [rbp-0xB3C]
       vmovss   xmm1, dword ptr [rbp-0xB44]
       vmovss   xmm2, dword ptr [rbp-0xB4C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB34], xmm0
       mov      rdi, qword ptr [rbp-0xB38]
       mov      qword ptr [rbp-0xB60], r12
       mov      qword ptr [rbp-0xB58], rdi
       vmovaps  xmm0, xmmword ptr [rbp-0xB60]
       vmulps   xmm0, xmm0, xmmword ptr [reloc @RWD528]
       vsqrtps  xmm0, xmm0
 
G_M000_IG24:                ;; offset=0x2180
       vmovaps  xmmword ptr [rbp-0x1E0], xmm0
       vmovaps  xmm7, xmmword ptr [rbp-0x1F0]
       vpsrld   xmm1, xmm7, 8
       vmovaps  xmmword ptr [rbp-0x220], xmm1
       lea      rdi, [rbp-0xB70]
       mov      esi, 0x200000
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm1, xmmword ptr [rbp-0x220]
       vmovups  xmmword ptr [rsp], xmm1
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB80]
       call     [ZoEngine.Cpu.Simd.Lanes128:AddU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB80]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xB90]
       mov      esi, 22
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftRight(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB90]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xBA0]
       mov      esi, 22
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm1, xmmword ptr [rbp-0x220]
       vmovups  xmmword ptr [rsp], xmm1
       vmovaps  xmm0, xmmword ptr [rbp-0xBA0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xBB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:SubU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBB0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xBC0]
       call     [ZoEngine.Cpu.Simd.Lanes128:IntToFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xBD0]
       vmovss   xmm0, dword ptr [reloc @RWD384]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBC0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBD0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xBE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBE0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xBF0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC00]
       vmovss   xmm0, dword ptr [reloc @RWD544]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC10]
       vmovss   xmm0, dword ptr [reloc @RWD548]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC00]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
 
G_M000_IG25:                ;; offset=0x2301
       vmovaps  xmm0, xmmword ptr [rbp-0xC10]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC20]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC30]
       vmovss   xmm0, dword ptr [reloc @RWD552]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC30]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC40]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC50]
       vmovss   xmm0, dword ptr [reloc @RWD556]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC50]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC60]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC70]
       vmovss   xmm0, dword ptr [reloc @RWD560]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC70]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC80]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC90]
       vmovss   xmm0, dword ptr [reloc @RWD432]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC80]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC90]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCB0]
       vmovss   xmm0, dword ptr [reloc @RWD564]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCC0]
       vmovss   xmm0, dword ptr [reloc @RWD568]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCC0]
 
G_M000_IG26:                ;; offset=0x2495
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCD0]
       vmovss   xmm0, dword ptr [reloc @RWD572]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCD0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCE0]
       vmovss   xmm0, dword ptr [reloc @RWD576]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCE0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCF0]
       vmovss   xmm0, dword ptr [reloc @RWD580]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCF0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD00]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xD10]
       mov      esi, 3
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB90]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD10]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD20]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xD30]
       xor      esi, esi
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xD40]
       mov      esi, 1
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD40]
 
G_M000_IG27:                ;; offset=0x2621
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD50]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD30]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD50]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD60]
       call     [ZoEngine.Cpu.Simd.Lanes128:SubU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD00]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD70]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCA0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD80]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD80]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xD90]
       call     [ZoEngine.Cpu.Simd.Lanes128:SelectU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCA0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xDA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD00]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xDB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDA0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDB0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xDC0]
       call     [ZoEngine.Cpu.Simd.Lanes128:SelectU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xDD0]
       mov      esi, 1
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDD0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xDE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AddU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xDF0]
       mov      esi, 2
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xDE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE00]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
 
G_M000_IG28:                ;; offset=0x27A4
       vmovaps  xmm0, xmmword ptr [rbp-0xE00]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xE10]
       mov      esi, 30
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xE20]
       mov      esi, 2
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xE20]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE30]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE30]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xE40]
       mov      esi, 30
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD90]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xE10]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE50]
       call     [ZoEngine.Cpu.Simd.Lanes128:XorU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE50]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0x200]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xDC0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xE40]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE60]
       call     [ZoEngine.Cpu.Simd.Lanes128:XorU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE60]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0x210]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm6, xmmword ptr [rbp-0x230]
       vmovups  xmmword ptr [rsp], xmm6
       lea      rdi, [rbp-0x260]
       mov      esi, 8
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftRight(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0x260]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rsi, [rbp-0x250]
       lea      rdi, [rbp-0x240]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:SinCosTurns24(System.Runtime.Intrinsics.Vector128`1[uint],byref,byref)]
       vmovaps  xmm0, xmmword ptr [rbp-0x1C0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x200]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0x80]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x1C0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x210]
       vmovups  xmmword ptr [rsp+0x10], xmm0
 
G_M000_IG29:                ;; offset=0x2920
       lea      rdi, [rbp-0x90]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x1E0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x240]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x1E0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x250]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0x80]
       lea      rsi, [rbp-0x90]
       lea      rdx, [rbp-0xA0]
       lea      rcx, [rbp-0xB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Transpose4(byref,byref,byref,byref)]
       lea      rdi, [rbp-0xC0]
       mov      rsi, rbx
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x80]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xD0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Add(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE0]
       vmovups  xmmword ptr [rsp], xmm0
       mov      rdi, rbx
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       lea      rsi, [rbx+0x10]
       lea      rdi, [rbp-0xF0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x90]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0x100]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xF0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x100]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0x110]
       call     [ZoEngine.Cpu.Simd.Lanes128:Add(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x110]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x10]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       lea      rsi, [rbx+0x20]
       lea      rdi, [rbp-0x120]
 
G_M000_IG30:                ;; offset=0x2A8C
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0xA0]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0x130]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x120]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x130]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0x140]
       call     [ZoEngine.Cpu.Simd.Lanes128:Add(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x140]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x20]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       lea      rsi, [rbx+0x30]
       lea      rdi, [rbp-0x150]
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0xB0]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0x160]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x150]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x160]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0x170]
       call     [ZoEngine.Cpu.Simd.Lanes128:Add(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x170]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x30]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       inc      r13d
       add      rbx, 64
       cmp      r13d, r15d
       vmovaps  xmm1, xmmword ptr [rbp-0x50]
       vmovaps  xmm2, xmmword ptr [rbp-0x60]
       vmovaps  xmm3, xmmword ptr [rbp-0x70]
       jl       G_M000_IG03
 
G_M000_IG31:                ;; offset=0x2B8A
       add      rsp, 0xE68
       pop      rbx
       pop      r12
       pop      r13
       pop      r14
       pop      r15
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h
RWD16  	dq	8000000080000000h, 8000000080000000h
RWD32  	dd	D2511F53h		; -2.24543e+11
RWD36  	dd	00000000h
RWD40  	dq	00000000FFFFFFFFh
RWD48  	dq	FFFFFFFF00000000h, FFFFFFFF00000000h
RWD64  	dd	CD9E8D57h		; -3.32508e+08
RWD68  	dd	00000000h, 00000000h, 00000000h
RWD80  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD96  	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD112 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD128 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD144 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD160 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD176 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD192 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD208 	dq	1715609D1715609Dh, 1715609D1715609Dh
RWD224 	dq	A9066899A9066899h, A9066899A9066899h
RWD240 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD256 	dq	646E171E646E171Eh, 646E171E646E171Eh
RWD272 	dq	5384540F5384540Fh, 5384540F5384540Fh
RWD288 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD304 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD320 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD336 	dq	8FF347818FF34781h, 8FF347818FF34781h
RWD352 	dq	96A522AD96A522ADh, 96A522AD96A522ADh
RWD368 	dq	0000000100000001h, 0000000100000001h
RWD384 	dq	3380000033800000h, 3380000033800000h
RWD400 	dq	FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h
RWD416 	dq	007FFFFF007FFFFFh, 007FFFFF007FFFFFh
RWD432 	dq	3F8000003F800000h, 3F8000003F800000h
RWD448 	dq	3FB504F33FB504F3h, 3FB504F33FB504F3h
RWD464 	dq	0080000000800000h, 0080000000800000h
RWD480 	dd	BD9C151Dh		; -0.0762121
RWD484 	dd	3E0424F1h		;  0.129047
RWD488 	dd	BE079CE8h		; -0.132434
RWD492 	dd	3E1138CDh		;  0.141818
RWD496 	dd	BE2A1388h		;  -0.16609
RWD500 	dd	3E4CD1F6h		;   0.20002
RWD504 	dd	BE800214h		; -0.250016
RWD508 	dd	3EAAAAA8h		;  0.333333
RWD512 	dd	BEFFFFFCh		;      -0.5
RWD516 	dd	3F317180h		;  0.693138
RWD520 	dd	3717F7D1h		; 9.058e-06
RWD524 	dd	00000000h
RWD528 	dq	C0000000C0000000h, C0000000C0000000h
RWD544 	dd	C1D368F9h		;  -26.4263
RWD548 	dd	4270FA83h		;   60.2446
RWD552 	dd	C2AAE9E4h		;  -85.4568
RWD556 	dd	4281E0F8h		;   64.9394
RWD560 	dd	C19DE9E6h		;  -19.7392
RWD564 	dd	42283C1Ah		;   42.0587
RWD568 	dd	C2996966h		;  -76.7059
RWD572 	dd	42A335E3h		;   81.6052
RWD576 	dd	C2255DE7h		;  -41.3417
RWD580 	dd	40C90FDBh		;   6.28319

; Total bytes of code 11164

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:FmaLoop[ZoEngine.Cpu.Simd.NoiseKernel`3+GaussianGroup[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; partially interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 582 single block inlinees; 108 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       push     r15
       push     r14
       push     r13
       push     r12
       push     rbx
       sub      rsp, 0xE68
       lea      rbp, [rsp+0xE90]
       vxorps   xmm8, xmm8, xmm8
       vmovdqa  xmmword ptr [rbp-0xB60], xmm8
       mov      rax, -0xAE0
       vmovdqa  xmmword ptr [rbp+rax-0x70], xmm8
       vmovdqa  xmmword ptr [rbp+rax-0x60], xmm8
       vmovdqa  xmmword ptr [rbp+rax-0x50], xmm8
       add      rax, 48
       jne      SHORT  -5 instr
       mov      r14, rdx
       mov      r15d, ecx
       mov      rbx, r8
 
G_M000_IG02:                ;; offset=0x0051
       vpermilps xmm0, xmm0, 0
       vmovaps  xmmword ptr [rbp-0x40], xmm0
       vmovd    xmm1, esi
       vpshufd  xmm1, xmm1, 0
       vmovaps  xmmword ptr [rbp-0x50], xmm1
       vmovd    xmm2, edi
       vpshufd  xmm2, xmm2, 0
       vmovaps  xmmword ptr [rbp-0x60], xmm2
       shr      rdi, 32
       vmovd    xmm3, edi
       vpshufd  xmm3, xmm3, 0
       vmovaps  xmmword ptr [rbp-0x70], xmm3
       xor      r13d, r13d
       cmp      r13d, r15d
       jge      G_M000_IG31
 
G_M000_IG03:                ;; offset=0x0096
       lea      eax, [4*r13]
       cdqe     
       add      rax, r14
       mov      ecx, eax
       vmovd    xmm4, ecx
       vpshufd  xmm4, xmm4, 0
       vpaddd   xmm4, xmm4, xmmword ptr [reloc @RWD00]
       xor      ecx, 0xFFFFFFFF80000000
       vmovd    xmm5, ecx
       vpshufd  xmm5, xmm5, 0
       vpxor    xmm6, xmm4, xmmword ptr [reloc @RWD16]
       vpcmpgtd xmm5, xmm5, xmm6
       shr      rax, 32
       vmovd    xmm6, eax
       vpshufd  xmm6, xmm6, 0
       vpsubd   xmm5, xmm6, xmm5
       vbroadcastss xmm6, dword ptr [reloc @RWD32]
       vmovaps  xmm7, xmm6
       vpmuludq xmm8, xmm4, xmm7
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm7
       vmovddup xmm7, qword ptr [reloc @RWD40]
       vmovaps  xmm9, xmm7
       vpand    xmm9, xmm8, xmm9
       vpsllq   xmm10, xmm4, 32
       vpor     xmm9, xmm10, xmm9
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm8, xmm8, 32
       vpor     xmm4, xmm4, xmm8
       vbroadcastss xmm8, dword ptr [reloc @RWD64]
       vmovaps  xmm10, xmm8
       vpmuludq xmm11, xmm1, xmm10
       vpsrlq   xmm12, xmm1, 32
       vpmuludq xmm10, xmm12, xmm10
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm11, xmm12
       vpsllq   xmm13, xmm10, 32
       vpor     xmm12, xmm13, xmm12
       vpand    xmm10, xmm10, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm11, xmm11, 32
       vpor     xmm10, xmm10, xmm11
       vpxor    xmm5, xmm10, xmm5
       vpxor    xmm5, xmm5, xmm2
       vpxor    xmm4, xmm3, xmm4
       vpaddd   xmm10, xmm2, xmmword ptr [reloc @RWD80]
       vpaddd   xmm11, xmm3, xmmword ptr [reloc @RWD96]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x180], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
 
G_M000_IG04:                ;; offset=0x01D5
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm10
       vpxor    xmm5, xmm9, xmm5
       vpxor    xmm5, xmm5, xmm11
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD112]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD128]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x180]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD144]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD160]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x190], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
 
G_M000_IG05:                ;; offset=0x030C
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD176]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD192]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x190]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD208]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD224]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x1A0], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
 
G_M000_IG06:                ;; offset=0x0443
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD240]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD256]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x1A0]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD272]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD288]
       vmovaps  xmm13, xmm6
       vpmuludq xmm14, xmm5, xmm13
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm13
       vmovaps  xmm13, xmm7
       vpand    xmm13, xmm14, xmm13
       vpsllq   xmm15, xmm5, 32
       vpor     xmm13, xmm15, xmm13
       vmovaps  xmmword ptr [rbp-0x1B0], xmm13
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
 
G_M000_IG07:                ;; offset=0x057A
       vpor     xmm5, xmm5, xmm14
       vmovaps  xmm14, xmm8
       vpmuludq xmm15, xmm4, xmm14
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm14
       vmovaps  xmm14, xmm7
       vpand    xmm14, xmm15, xmm14
       vpsllq   xmm13, xmm4, 32
       vpor     xmm13, xmm13, xmm14
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm15, 32
       vpor     xmm4, xmm4, xmm14
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD304]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD320]
       vmovaps  xmm11, xmm6
       vpmuludq xmm12, xmm4, xmm11
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm11
       vmovaps  xmm11, xmm7
       vpand    xmm11, xmm12, xmm11
       vpsllq   xmm14, xmm4, 32
       vpor     xmm11, xmm14, xmm11
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm12, xmm12, 32
       vpor     xmm4, xmm4, xmm12
       vmovaps  xmm12, xmm8
       vpmuludq xmm14, xmm5, xmm12
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm12
       vmovaps  xmm12, xmm7
       vpand    xmm12, xmm14, xmm12
       vpsllq   xmm15, xmm5, 32
       vpor     xmm12, xmm15, xmm12
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm14, xmm14, 32
       vpor     xmm5, xmm5, xmm14
       vpxor    xmm5, xmm5, xmm13
       vpxor    xmm5, xmm5, xmm9
       vmovaps  xmm13, xmmword ptr [rbp-0x1B0]
       vpxor    xmm4, xmm13, xmm4
       vpxor    xmm4, xmm4, xmm10
       vpaddd   xmm9, xmm2, xmmword ptr [reloc @RWD336]
       vpaddd   xmm10, xmm3, xmmword ptr [reloc @RWD352]
       vpmuludq xmm13, xmm5, xmm6
       vpsrlq   xmm5, xmm5, 32
       vpmuludq xmm5, xmm5, xmm6
       vmovaps  xmm6, xmm7
       vpand    xmm6, xmm13, xmm6
       vpsllq   xmm14, xmm5, 32
       vpor     xmm6, xmm14, xmm6
       vpand    xmm5, xmm5, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm13, xmm13, 32
       vpor     xmm5, xmm5, xmm13
 
G_M000_IG08:                ;; offset=0x06AB
       vpmuludq xmm13, xmm4, xmm8
       vpsrlq   xmm4, xmm4, 32
       vpmuludq xmm4, xmm4, xmm8
       vpand    xmm7, xmm13, xmm7
       vpsllq   xmm8, xmm4, 32
       vpor     xmm7, xmm8, xmm7
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD48]
       vpsrlq   xmm8, xmm13, 32
       vpor     xmm4, xmm4, xmm8
       vpxor    xmm4, xmm4, xmm12
       vpxor    xmm4, xmm4, xmm9
       vpxor    xmm5, xmm11, xmm5
       vpxor    xmm5, xmm5, xmm10
       vmovaps  xmmword ptr [rbp-0x1F0], xmm7
       vmovaps  xmmword ptr [rbp-0x1D0], xmm5
       vmovaps  xmmword ptr [rbp-0x230], xmm6
       vxorps   xmm8, xmm8, xmm8
       vmovaps  xmmword ptr [rbp-0x240], xmm8
       vmovaps  xmmword ptr [rbp-0x250], xmm8
       vpsrld   xmm4, xmm4, 8
       vpaddd   xmm4, xmm4, xmmword ptr [reloc @RWD368]
       vcvtdq2ps xmm4, xmm4
       vmulps   xmm4, xmm4, xmmword ptr [reloc @RWD384]
       vpsrld   xmm8, xmm4, 23
       vpaddd   xmm8, xmm8, xmmword ptr [reloc @RWD400]
       vpand    xmm4, xmm4, xmmword ptr [reloc @RWD416]
       vpor     xmm4, xmm4, xmmword ptr [reloc @RWD432]
       vpcmpgtd xmm9, xmm4, xmmword ptr [reloc @RWD448]
       vpand    xmm10, xmm9, xmmword ptr [reloc @RWD464]
       vpsubd   xmm4, xmm4, xmm10
       vpsubd   xmm8, xmm8, xmm9
       vmovaps  xmmword ptr [rbp-0x270], xmm8
       vsubps   xmm4, xmm4, xmmword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x280], xmm4
       vbroadcastss xmm4, dword ptr [reloc @RWD480]
       vmovaps  xmmword ptr [rbp-0x290], xmm4
       vbroadcastss xmm4, dword ptr [reloc @RWD484]
       vmovaps  xmmword ptr [rbp-0x2A0], xmm4
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x380], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x388], rax
       mov      rax, qword ptr [rbp-0x2A0]
       mov      qword ptr [rbp-0x390], rax
       vmovss   xmm0, dword ptr [rbp-0x380]
       vmovss   xmm1, dword ptr [rbp-0x388]
       vmovss   xmm2, dword ptr [rbp-0x390]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x378], xmm0
       vmovss   xmm0, dword ptr [rbp-0x37C]
       vmovss   xmm1, dword ptr [rbp-0x384]
       vmovss   xmm2, dword ptr [rbp-0x38C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x374], xmm0
       mov      r12, qword ptr [rbp-0x378]
       mov      rax, qword ptr [rbp-0x288]
       mov      qword ptr [rbp-0x3A0], rax
       mov      rax, qword ptr [rbp-0x278]
 
G_M000_IG09:                ;; offset=0x0834
       mov      qword ptr [rbp-0x3A8], rax
       mov      rax, qword ptr [rbp-0x298]
       mov      qword ptr [rbp-0x3B0], rax
       vmovss   xmm0, dword ptr [rbp-0x3A0]
       vmovss   xmm1, dword ptr [rbp-0x3A8]
       vmovss   xmm2, dword ptr [rbp-0x3B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x398], xmm0
       vmovss   xmm0, dword ptr [rbp-0x39C]
       vmovss   xmm1, dword ptr [rbp-0x3A4]
       vmovss   xmm2, dword ptr [rbp-0x3AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x394], xmm0
       mov      rax, qword ptr [rbp-0x398]
       mov      qword ptr [rbp-0x3C0], r12
       mov      qword ptr [rbp-0x3B8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x3C0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD488]
       vmovaps  xmmword ptr [rbp-0x2B0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x3D0], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x3D8], rax
       mov      rax, qword ptr [rbp-0x2B0]
       mov      qword ptr [rbp-0x3E0], rax
       vmovss   xmm0, dword ptr [rbp-0x3D0]
       vmovss   xmm1, dword ptr [rbp-0x3D8]
       vmovss   xmm2, dword ptr [rbp-0x3E0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3C8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x3CC]
       vmovss   xmm1, dword ptr [rbp-0x3D4]
       vmovss   xmm2, dword ptr [rbp-0x3DC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3C4], xmm0
       mov      r12, qword ptr [rbp-0x3C8]
       mov      rax, qword ptr [rbp-0x3B8]
       mov      qword ptr [rbp-0x3F0], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x3F8], rax
       mov      rax, qword ptr [rbp-0x2A8]
       mov      qword ptr [rbp-0x400], rax
       vmovss   xmm0, dword ptr [rbp-0x3F0]
       vmovss   xmm1, dword ptr [rbp-0x3F8]
       vmovss   xmm2, dword ptr [rbp-0x400]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3E8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x3EC]
       vmovss   xmm1, dword ptr [rbp-0x3F4]
       vmovss   xmm2, dword ptr [rbp-0x3FC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x3E4], xmm0
       mov      rax, qword ptr [rbp-0x3E8]
       mov      qword ptr [rbp-0x410], r12
       mov      qword ptr [rbp-0x408], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x410]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD492]
 
G_M000_IG10:                ;; offset=0x09E6
       vmovaps  xmmword ptr [rbp-0x2C0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x420], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x428], rax
       mov      rax, qword ptr [rbp-0x2C0]
       mov      qword ptr [rbp-0x430], rax
       vmovss   xmm0, dword ptr [rbp-0x420]
       vmovss   xmm1, dword ptr [rbp-0x428]
       vmovss   xmm2, dword ptr [rbp-0x430]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x418], xmm0
       vmovss   xmm0, dword ptr [rbp-0x41C]
       vmovss   xmm1, dword ptr [rbp-0x424]
       vmovss   xmm2, dword ptr [rbp-0x42C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x414], xmm0
       mov      r12, qword ptr [rbp-0x418]
       mov      rax, qword ptr [rbp-0x408]
       mov      qword ptr [rbp-0x440], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x448], rax
       mov      rax, qword ptr [rbp-0x2B8]
       mov      qword ptr [rbp-0x450], rax
       vmovss   xmm0, dword ptr [rbp-0x440]
       vmovss   xmm1, dword ptr [rbp-0x448]
       vmovss   xmm2, dword ptr [rbp-0x450]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x438], xmm0
       vmovss   xmm0, dword ptr [rbp-0x43C]
       vmovss   xmm1, dword ptr [rbp-0x444]
       vmovss   xmm2, dword ptr [rbp-0x44C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x434], xmm0
       mov      rax, qword ptr [rbp-0x438]
       mov      qword ptr [rbp-0x460], r12
       mov      qword ptr [rbp-0x458], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x460]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD496]
       vmovaps  xmmword ptr [rbp-0x2D0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x470], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x478], rax
       mov      rax, qword ptr [rbp-0x2D0]
       mov      qword ptr [rbp-0x480], rax
       vmovss   xmm0, dword ptr [rbp-0x470]
       vmovss   xmm1, dword ptr [rbp-0x478]
       vmovss   xmm2, dword ptr [rbp-0x480]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x468], xmm0
       vmovss   xmm0, dword ptr [rbp-0x46C]
       vmovss   xmm1, dword ptr [rbp-0x474]
       vmovss   xmm2, dword ptr [rbp-0x47C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x464], xmm0
       mov      r12, qword ptr [rbp-0x468]
       mov      rax, qword ptr [rbp-0x458]
 
G_M000_IG11:                ;; offset=0x0B95
       mov      qword ptr [rbp-0x490], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x498], rax
       mov      rax, qword ptr [rbp-0x2C8]
       mov      qword ptr [rbp-0x4A0], rax
       vmovss   xmm0, dword ptr [rbp-0x490]
       vmovss   xmm1, dword ptr [rbp-0x498]
       vmovss   xmm2, dword ptr [rbp-0x4A0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x488], xmm0
       vmovss   xmm0, dword ptr [rbp-0x48C]
       vmovss   xmm1, dword ptr [rbp-0x494]
       vmovss   xmm2, dword ptr [rbp-0x49C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x484], xmm0
       mov      rax, qword ptr [rbp-0x488]
       mov      qword ptr [rbp-0x4B0], r12
       mov      qword ptr [rbp-0x4A8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x4B0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD500]
       vmovaps  xmmword ptr [rbp-0x2E0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x4C0], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x4C8], rax
       mov      rax, qword ptr [rbp-0x2E0]
       mov      qword ptr [rbp-0x4D0], rax
       vmovss   xmm0, dword ptr [rbp-0x4C0]
       vmovss   xmm1, dword ptr [rbp-0x4C8]
       vmovss   xmm2, dword ptr [rbp-0x4D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x4BC]
       vmovss   xmm1, dword ptr [rbp-0x4C4]
       vmovss   xmm2, dword ptr [rbp-0x4CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4B4], xmm0
       mov      r12, qword ptr [rbp-0x4B8]
       mov      rax, qword ptr [rbp-0x4A8]
       mov      qword ptr [rbp-0x4E0], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x4E8], rax
       mov      rax, qword ptr [rbp-0x2D8]
       mov      qword ptr [rbp-0x4F0], rax
       vmovss   xmm0, dword ptr [rbp-0x4E0]
       vmovss   xmm1, dword ptr [rbp-0x4E8]
       vmovss   xmm2, dword ptr [rbp-0x4F0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4D8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x4DC]
       vmovss   xmm1, dword ptr [rbp-0x4E4]
       vmovss   xmm2, dword ptr [rbp-0x4EC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x4D4], xmm0
       mov      rax, qword ptr [rbp-0x4D8]
       mov      qword ptr [rbp-0x500], r12
       mov      qword ptr [rbp-0x4F8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x500]
 
G_M000_IG12:                ;; offset=0x0D44
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD504]
       vmovaps  xmmword ptr [rbp-0x2F0], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x510], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x518], rax
       mov      rax, qword ptr [rbp-0x2F0]
       mov      qword ptr [rbp-0x520], rax
       vmovss   xmm0, dword ptr [rbp-0x510]
       vmovss   xmm1, dword ptr [rbp-0x518]
       vmovss   xmm2, dword ptr [rbp-0x520]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x508], xmm0
       vmovss   xmm0, dword ptr [rbp-0x50C]
       vmovss   xmm1, dword ptr [rbp-0x514]
       vmovss   xmm2, dword ptr [rbp-0x51C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x504], xmm0
       mov      r12, qword ptr [rbp-0x508]
       mov      rax, qword ptr [rbp-0x4F8]
       mov      qword ptr [rbp-0x530], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x538], rax
       mov      rax, qword ptr [rbp-0x2E8]
       mov      qword ptr [rbp-0x540], rax
       vmovss   xmm0, dword ptr [rbp-0x530]
       vmovss   xmm1, dword ptr [rbp-0x538]
       vmovss   xmm2, dword ptr [rbp-0x540]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x528], xmm0
       vmovss   xmm0, dword ptr [rbp-0x52C]
       vmovss   xmm1, dword ptr [rbp-0x534]
       vmovss   xmm2, dword ptr [rbp-0x53C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x524], xmm0
       mov      rax, qword ptr [rbp-0x528]
       mov      qword ptr [rbp-0x550], r12
       mov      qword ptr [rbp-0x548], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x550]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD508]
       vmovaps  xmmword ptr [rbp-0x300], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x560], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x568], rax
       mov      rax, qword ptr [rbp-0x300]
       mov      qword ptr [rbp-0x570], rax
       vmovss   xmm0, dword ptr [rbp-0x560]
       vmovss   xmm1, dword ptr [rbp-0x568]
       vmovss   xmm2, dword ptr [rbp-0x570]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x558], xmm0
       vmovss   xmm0, dword ptr [rbp-0x55C]
       vmovss   xmm1, dword ptr [rbp-0x564]
       vmovss   xmm2, dword ptr [rbp-0x56C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x554], xmm0
 
G_M000_IG13:                ;; offset=0x0EF6
       mov      r12, qword ptr [rbp-0x558]
       mov      rax, qword ptr [rbp-0x548]
       mov      qword ptr [rbp-0x580], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x588], rax
       mov      rax, qword ptr [rbp-0x2F8]
       mov      qword ptr [rbp-0x590], rax
       vmovss   xmm0, dword ptr [rbp-0x580]
       vmovss   xmm1, dword ptr [rbp-0x588]
       vmovss   xmm2, dword ptr [rbp-0x590]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x578], xmm0
       vmovss   xmm0, dword ptr [rbp-0x57C]
       vmovss   xmm1, dword ptr [rbp-0x584]
       vmovss   xmm2, dword ptr [rbp-0x58C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x574], xmm0
       mov      rax, qword ptr [rbp-0x578]
       mov      qword ptr [rbp-0x5A0], r12
       mov      qword ptr [rbp-0x598], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x5A0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD512]
       vmovaps  xmmword ptr [rbp-0x310], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x5B0], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x5B8], rax
       mov      rax, qword ptr [rbp-0x310]
       mov      qword ptr [rbp-0x5C0], rax
       vmovss   xmm0, dword ptr [rbp-0x5B0]
       vmovss   xmm1, dword ptr [rbp-0x5B8]
       vmovss   xmm2, dword ptr [rbp-0x5C0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5A8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5AC]
       vmovss   xmm1, dword ptr [rbp-0x5B4]
       vmovss   xmm2, dword ptr [rbp-0x5BC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5A4], xmm0
       mov      r12, qword ptr [rbp-0x5A8]
       mov      rax, qword ptr [rbp-0x598]
       mov      qword ptr [rbp-0x5D0], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x5D8], rax
       mov      rax, qword ptr [rbp-0x308]
       mov      qword ptr [rbp-0x5E0], rax
       vmovss   xmm0, dword ptr [rbp-0x5D0]
       vmovss   xmm1, dword ptr [rbp-0x5D8]
       vmovss   xmm2, dword ptr [rbp-0x5E0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5C8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5CC]
       vmovss   xmm1, dword ptr [rbp-0x5D4]
       vmovss   xmm2, dword ptr [rbp-0x5DC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5C4], xmm0
       mov      rax, qword ptr [rbp-0x5C8]
       mov      qword ptr [rbp-0x5F0], r12
 
G_M000_IG14:                ;; offset=0x10A4
       mov      qword ptr [rbp-0x5E8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x5F0]
       vmovaps  xmmword ptr [rbp-0x290], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x320], xmm0
       mov      rax, qword ptr [rbp-0x290]
       mov      qword ptr [rbp-0x600], rax
       mov      rax, qword ptr [rbp-0x280]
       mov      qword ptr [rbp-0x608], rax
       mov      rax, qword ptr [rbp-0x320]
       mov      qword ptr [rbp-0x610], rax
       vmovss   xmm0, dword ptr [rbp-0x600]
       vmovss   xmm1, dword ptr [rbp-0x608]
       vmovss   xmm2, dword ptr [rbp-0x610]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x5FC]
       vmovss   xmm1, dword ptr [rbp-0x604]
       vmovss   xmm2, dword ptr [rbp-0x60C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x5F4], xmm0
       mov      r12, qword ptr [rbp-0x5F8]
       mov      rax, qword ptr [rbp-0x5E8]
       mov      qword ptr [rbp-0x620], rax
       mov      rax, qword ptr [rbp-0x278]
       mov      qword ptr [rbp-0x628], rax
       mov      rax, qword ptr [rbp-0x318]
       mov      qword ptr [rbp-0x630], rax
       vmovss   xmm0, dword ptr [rbp-0x620]
       vmovss   xmm1, dword ptr [rbp-0x628]
       vmovss   xmm2, dword ptr [rbp-0x630]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x618], xmm0
       vmovss   xmm0, dword ptr [rbp-0x61C]
       vmovss   xmm1, dword ptr [rbp-0x624]
       vmovss   xmm2, dword ptr [rbp-0x62C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x614], xmm0
       mov      rax, qword ptr [rbp-0x618]
       mov      qword ptr [rbp-0x640], r12
       mov      qword ptr [rbp-0x638], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x280]
       vmulps   xmm0, xmm0, xmmword ptr [rbp-0x640]
       vmovaps  xmmword ptr [rbp-0x330], xmm0
       vcvtdq2ps xmm0, xmmword ptr [rbp-0x270]
       vmovaps  xmmword ptr [rbp-0x340], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD516]
       vmovaps  xmmword ptr [rbp-0x350], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD520]
       vmovaps  xmmword ptr [rbp-0x360], xmm0
       mov      rax, qword ptr [rbp-0x340]
       mov      qword ptr [rbp-0x650], rax
       mov      rax, qword ptr [rbp-0x360]
       mov      qword ptr [rbp-0x658], rax
       mov      rax, qword ptr [rbp-0x330]
       mov      qword ptr [rbp-0x660], rax
       vmovss   xmm0, dword ptr [rbp-0x650]
       vmovss   xmm1, dword ptr [rbp-0x658]
       vmovss   xmm2, dword ptr [rbp-0x660]
 
G_M000_IG15:                ;; offset=0x125C
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x648], xmm0
       vmovss   xmm0, dword ptr [rbp-0x64C]
       vmovss   xmm1, dword ptr [rbp-0x654]
       vmovss   xmm2, dword ptr [rbp-0x65C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x644], xmm0
       mov      r12, qword ptr [rbp-0x648]
       mov      rax, qword ptr [rbp-0x338]
       mov      qword ptr [rbp-0x670], rax
       mov      rax, qword ptr [rbp-0x358]
       mov      qword ptr [rbp-0x678], rax
       mov      rax, qword ptr [rbp-0x328]
       mov      qword ptr [rbp-0x680], rax
       vmovss   xmm0, dword ptr [rbp-0x670]
       vmovss   xmm1, dword ptr [rbp-0x678]
       vmovss   xmm2, dword ptr [rbp-0x680]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x668], xmm0
       vmovss   xmm0, dword ptr [rbp-0x66C]
       vmovss   xmm1, dword ptr [rbp-0x674]
       vmovss   xmm2, dword ptr [rbp-0x67C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x664], xmm0
       mov      rax, qword ptr [rbp-0x668]
       mov      qword ptr [rbp-0x690], r12
       mov      qword ptr [rbp-0x688], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x690]
       vmovaps  xmmword ptr [rbp-0x370], xmm0
       mov      rax, qword ptr [rbp-0x340]
       mov      qword ptr [rbp-0x6A0], rax
       mov      rax, qword ptr [rbp-0x350]
       mov      qword ptr [rbp-0x6A8], rax
       mov      rax, qword ptr [rbp-0x370]
       mov      qword ptr [rbp-0x6B0], rax
       vmovss   xmm0, dword ptr [rbp-0x6A0]
       vmovss   xmm1, dword ptr [rbp-0x6A8]
       vmovss   xmm2, dword ptr [rbp-0x6B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x698], xmm0
       vmovss   xmm0, dword ptr [rbp-0x69C]
       vmovss   xmm1, dword ptr [rbp-0x6A4]
       vmovss   xmm2, dword ptr [rbp-0x6AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x694], xmm0
       mov      r12, qword ptr [rbp-0x698]
       mov      rax, qword ptr [rbp-0x338]
       mov      qword ptr [rbp-0x6C0], rax
       mov      rax, qword ptr [rbp-0x348]
       mov      qword ptr [rbp-0x6C8], rax
       mov      rax, qword ptr [rbp-0x688]
       mov      qword ptr [rbp-0x6D0], rax
       vmovss   xmm0, dword ptr [rbp-0x6C0]
       vmovss   xmm1, dword ptr [rbp-0x6C8]
       vmovss   xmm2, dword ptr [rbp-0x6D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x6B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x6BC]
       vmovss   xmm1, dword ptr [rbp-0x6C4]
 
G_M000_IG16:                ;; offset=0x1408
       vmovss   xmm2, dword ptr [rbp-0x6CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x6B4], xmm0
       mov      rax, qword ptr [rbp-0x6B8]
       mov      qword ptr [rbp-0x6E0], r12
       mov      qword ptr [rbp-0x6D8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x6E0]
       vmulps   xmm0, xmm0, xmmword ptr [reloc @RWD528]
       vsqrtps  xmm0, xmm0
       vmovaps  xmmword ptr [rbp-0x1C0], xmm0
       vmovaps  xmm5, xmmword ptr [rbp-0x1D0]
       vpsrld   xmm1, xmm5, 8
       vpaddd   xmm1, xmm1, xmmword ptr [reloc @RWD368]
       vcvtdq2ps xmm1, xmm1
       vmulps   xmm1, xmm1, xmmword ptr [reloc @RWD384]
       vpsrld   xmm2, xmm1, 23
       vpaddd   xmm2, xmm2, xmmword ptr [reloc @RWD400]
       vpand    xmm1, xmm1, xmmword ptr [reloc @RWD416]
       vpor     xmm1, xmm1, xmmword ptr [reloc @RWD432]
       vpcmpgtd xmm3, xmm1, xmmword ptr [reloc @RWD448]
       vpand    xmm4, xmm3, xmmword ptr [reloc @RWD464]
       vpsubd   xmm1, xmm1, xmm4
       vpsubd   xmm2, xmm2, xmm3
       vmovaps  xmmword ptr [rbp-0x6F0], xmm2
       vsubps   xmm1, xmm1, xmmword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x700], xmm1
       vbroadcastss xmm1, dword ptr [reloc @RWD480]
       vmovaps  xmmword ptr [rbp-0x710], xmm1
       vbroadcastss xmm1, dword ptr [reloc @RWD484]
       vmovaps  xmmword ptr [rbp-0x720], xmm1
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x800], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x808], rax
       mov      rax, qword ptr [rbp-0x720]
       mov      qword ptr [rbp-0x810], rax
       vmovss   xmm0, dword ptr [rbp-0x800]
       vmovss   xmm1, dword ptr [rbp-0x808]
       vmovss   xmm2, dword ptr [rbp-0x810]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x7FC]
       vmovss   xmm1, dword ptr [rbp-0x804]
       vmovss   xmm2, dword ptr [rbp-0x80C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x7F4], xmm0
       mov      r12, qword ptr [rbp-0x7F8]
       mov      rax, qword ptr [rbp-0x708]
       mov      qword ptr [rbp-0x820], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x828], rax
       mov      rax, qword ptr [rbp-0x718]
       mov      qword ptr [rbp-0x830], rax
       vmovss   xmm0, dword ptr [rbp-0x820]
       vmovss   xmm1, dword ptr [rbp-0x828]
       vmovss   xmm2, dword ptr [rbp-0x830]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x818], xmm0
       vmovss   xmm0, dword ptr [rbp-0x81C]
 
G_M000_IG17:                ;; offset=0x15B0
       vmovss   xmm1, dword ptr [rbp-0x824]
       vmovss   xmm2, dword ptr [rbp-0x82C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x814], xmm0
       mov      rax, qword ptr [rbp-0x818]
       mov      qword ptr [rbp-0x840], r12
       mov      qword ptr [rbp-0x838], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x840]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD488]
       vmovaps  xmmword ptr [rbp-0x730], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x850], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x858], rax
       mov      rax, qword ptr [rbp-0x730]
       mov      qword ptr [rbp-0x860], rax
       vmovss   xmm0, dword ptr [rbp-0x850]
       vmovss   xmm1, dword ptr [rbp-0x858]
       vmovss   xmm2, dword ptr [rbp-0x860]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x848], xmm0
       vmovss   xmm0, dword ptr [rbp-0x84C]
       vmovss   xmm1, dword ptr [rbp-0x854]
       vmovss   xmm2, dword ptr [rbp-0x85C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x844], xmm0
       mov      r12, qword ptr [rbp-0x848]
       mov      rax, qword ptr [rbp-0x838]
       mov      qword ptr [rbp-0x870], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x878], rax
       mov      rax, qword ptr [rbp-0x728]
       mov      qword ptr [rbp-0x880], rax
       vmovss   xmm0, dword ptr [rbp-0x870]
       vmovss   xmm1, dword ptr [rbp-0x878]
       vmovss   xmm2, dword ptr [rbp-0x880]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x868], xmm0
       vmovss   xmm0, dword ptr [rbp-0x86C]
       vmovss   xmm1, dword ptr [rbp-0x874]
       vmovss   xmm2, dword ptr [rbp-0x87C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x864], xmm0
       mov      rax, qword ptr [rbp-0x868]
       mov      qword ptr [rbp-0x890], r12
       mov      qword ptr [rbp-0x888], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x890]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD492]
       vmovaps  xmmword ptr [rbp-0x740], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x8A0], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x8A8], rax
       mov      rax, qword ptr [rbp-0x740]
       mov      qword ptr [rbp-0x8B0], rax
       vmovss   xmm0, dword ptr [rbp-0x8A0]
       vmovss   xmm1, dword ptr [rbp-0x8A8]
 
G_M000_IG18:                ;; offset=0x1762
       vmovss   xmm2, dword ptr [rbp-0x8B0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x898], xmm0
       vmovss   xmm0, dword ptr [rbp-0x89C]
       vmovss   xmm1, dword ptr [rbp-0x8A4]
       vmovss   xmm2, dword ptr [rbp-0x8AC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x894], xmm0
       mov      r12, qword ptr [rbp-0x898]
       mov      rax, qword ptr [rbp-0x888]
       mov      qword ptr [rbp-0x8C0], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x8C8], rax
       mov      rax, qword ptr [rbp-0x738]
       mov      qword ptr [rbp-0x8D0], rax
       vmovss   xmm0, dword ptr [rbp-0x8C0]
       vmovss   xmm1, dword ptr [rbp-0x8C8]
       vmovss   xmm2, dword ptr [rbp-0x8D0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8B8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x8BC]
       vmovss   xmm1, dword ptr [rbp-0x8C4]
       vmovss   xmm2, dword ptr [rbp-0x8CC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8B4], xmm0
       mov      rax, qword ptr [rbp-0x8B8]
       mov      qword ptr [rbp-0x8E0], r12
       mov      qword ptr [rbp-0x8D8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x8E0]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD496]
       vmovaps  xmmword ptr [rbp-0x750], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x8F0], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x8F8], rax
       mov      rax, qword ptr [rbp-0x750]
       mov      qword ptr [rbp-0x900], rax
       vmovss   xmm0, dword ptr [rbp-0x8F0]
       vmovss   xmm1, dword ptr [rbp-0x8F8]
       vmovss   xmm2, dword ptr [rbp-0x900]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8E8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x8EC]
       vmovss   xmm1, dword ptr [rbp-0x8F4]
       vmovss   xmm2, dword ptr [rbp-0x8FC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x8E4], xmm0
       mov      r12, qword ptr [rbp-0x8E8]
       mov      rax, qword ptr [rbp-0x8D8]
       mov      qword ptr [rbp-0x910], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x918], rax
       mov      rax, qword ptr [rbp-0x748]
       mov      qword ptr [rbp-0x920], rax
       vmovss   xmm0, dword ptr [rbp-0x910]
       vmovss   xmm1, dword ptr [rbp-0x918]
       vmovss   xmm2, dword ptr [rbp-0x920]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
 
G_M000_IG19:                ;; offset=0x190F
       vmovss   dword ptr [rbp-0x908], xmm0
       vmovss   xmm0, dword ptr [rbp-0x90C]
       vmovss   xmm1, dword ptr [rbp-0x914]
       vmovss   xmm2, dword ptr [rbp-0x91C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x904], xmm0
       mov      rax, qword ptr [rbp-0x908]
       mov      qword ptr [rbp-0x930], r12
       mov      qword ptr [rbp-0x928], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x930]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD500]
       vmovaps  xmmword ptr [rbp-0x760], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x940], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x948], rax
       mov      rax, qword ptr [rbp-0x760]
       mov      qword ptr [rbp-0x950], rax
       vmovss   xmm0, dword ptr [rbp-0x940]
       vmovss   xmm1, dword ptr [rbp-0x948]
       vmovss   xmm2, dword ptr [rbp-0x950]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x938], xmm0
       vmovss   xmm0, dword ptr [rbp-0x93C]
       vmovss   xmm1, dword ptr [rbp-0x944]
       vmovss   xmm2, dword ptr [rbp-0x94C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x934], xmm0
       mov      r12, qword ptr [rbp-0x938]
       mov      rax, qword ptr [rbp-0x928]
       mov      qword ptr [rbp-0x960], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x968], rax
       mov      rax, qword ptr [rbp-0x758]
       mov      qword ptr [rbp-0x970], rax
       vmovss   xmm0, dword ptr [rbp-0x960]
       vmovss   xmm1, dword ptr [rbp-0x968]
       vmovss   xmm2, dword ptr [rbp-0x970]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x958], xmm0
       vmovss   xmm0, dword ptr [rbp-0x95C]
       vmovss   xmm1, dword ptr [rbp-0x964]
       vmovss   xmm2, dword ptr [rbp-0x96C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x954], xmm0
       mov      rax, qword ptr [rbp-0x958]
       mov      qword ptr [rbp-0x980], r12
       mov      qword ptr [rbp-0x978], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x980]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD504]
       vmovaps  xmmword ptr [rbp-0x770], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x990], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x998], rax
       mov      rax, qword ptr [rbp-0x770]
       mov      qword ptr [rbp-0x9A0], rax
 
G_M000_IG20:                ;; offset=0x1AC1
       vmovss   xmm0, dword ptr [rbp-0x990]
       vmovss   xmm1, dword ptr [rbp-0x998]
       vmovss   xmm2, dword ptr [rbp-0x9A0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x988], xmm0
       vmovss   xmm0, dword ptr [rbp-0x98C]
       vmovss   xmm1, dword ptr [rbp-0x994]
       vmovss   xmm2, dword ptr [rbp-0x99C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x984], xmm0
       mov      r12, qword ptr [rbp-0x988]
       mov      rax, qword ptr [rbp-0x978]
       mov      qword ptr [rbp-0x9B0], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0x9B8], rax
       mov      rax, qword ptr [rbp-0x768]
       mov      qword ptr [rbp-0x9C0], rax
       vmovss   xmm0, dword ptr [rbp-0x9B0]
       vmovss   xmm1, dword ptr [rbp-0x9B8]
       vmovss   xmm2, dword ptr [rbp-0x9C0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9A8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9AC]
       vmovss   xmm1, dword ptr [rbp-0x9B4]
       vmovss   xmm2, dword ptr [rbp-0x9BC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9A4], xmm0
       mov      rax, qword ptr [rbp-0x9A8]
       mov      qword ptr [rbp-0x9D0], r12
       mov      qword ptr [rbp-0x9C8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x9D0]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD508]
       vmovaps  xmmword ptr [rbp-0x780], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0x9E0], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0x9E8], rax
       mov      rax, qword ptr [rbp-0x780]
       mov      qword ptr [rbp-0x9F0], rax
       vmovss   xmm0, dword ptr [rbp-0x9E0]
       vmovss   xmm1, dword ptr [rbp-0x9E8]
       vmovss   xmm2, dword ptr [rbp-0x9F0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9D8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9DC]
       vmovss   xmm1, dword ptr [rbp-0x9E4]
       vmovss   xmm2, dword ptr [rbp-0x9EC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9D4], xmm0
       mov      r12, qword ptr [rbp-0x9D8]
       mov      rax, qword ptr [rbp-0x9C8]
       mov      qword ptr [rbp-0xA00], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0xA08], rax
       mov      rax, qword ptr [rbp-0x778]
       mov      qword ptr [rbp-0xA10], rax
       vmovss   xmm0, dword ptr [rbp-0xA00]
       vmovss   xmm1, dword ptr [rbp-0xA08]
 
G_M000_IG21:                ;; offset=0x1C71
       vmovss   xmm2, dword ptr [rbp-0xA10]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9F8], xmm0
       vmovss   xmm0, dword ptr [rbp-0x9FC]
       vmovss   xmm1, dword ptr [rbp-0xA04]
       vmovss   xmm2, dword ptr [rbp-0xA0C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0x9F4], xmm0
       mov      rax, qword ptr [rbp-0x9F8]
       mov      qword ptr [rbp-0xA20], r12
       mov      qword ptr [rbp-0xA18], rax
       vmovaps  xmm0, xmmword ptr [rbp-0xA20]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD512]
       vmovaps  xmmword ptr [rbp-0x790], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0xA30], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0xA38], rax
       mov      rax, qword ptr [rbp-0x790]
       mov      qword ptr [rbp-0xA40], rax
       vmovss   xmm0, dword ptr [rbp-0xA30]
       vmovss   xmm1, dword ptr [rbp-0xA38]
       vmovss   xmm2, dword ptr [rbp-0xA40]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA28], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA2C]
       vmovss   xmm1, dword ptr [rbp-0xA34]
       vmovss   xmm2, dword ptr [rbp-0xA3C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA24], xmm0
       mov      r12, qword ptr [rbp-0xA28]
       mov      rax, qword ptr [rbp-0xA18]
       mov      qword ptr [rbp-0xA50], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0xA58], rax
       mov      rax, qword ptr [rbp-0x788]
       mov      qword ptr [rbp-0xA60], rax
       vmovss   xmm0, dword ptr [rbp-0xA50]
       vmovss   xmm1, dword ptr [rbp-0xA58]
       vmovss   xmm2, dword ptr [rbp-0xA60]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA48], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA4C]
       vmovss   xmm1, dword ptr [rbp-0xA54]
       vmovss   xmm2, dword ptr [rbp-0xA5C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA44], xmm0
       mov      rax, qword ptr [rbp-0xA48]
       mov      qword ptr [rbp-0xA70], r12
       mov      qword ptr [rbp-0xA68], rax
       vmovaps  xmm0, xmmword ptr [rbp-0xA70]
       vmovaps  xmmword ptr [rbp-0x710], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD432]
       vmovaps  xmmword ptr [rbp-0x7A0], xmm0
       mov      rax, qword ptr [rbp-0x710]
       mov      qword ptr [rbp-0xA80], rax
       mov      rax, qword ptr [rbp-0x700]
       mov      qword ptr [rbp-0xA88], rax
 
G_M000_IG22:                ;; offset=0x1E22
       mov      rax, qword ptr [rbp-0x7A0]
       mov      qword ptr [rbp-0xA90], rax
       vmovss   xmm0, dword ptr [rbp-0xA80]
       vmovss   xmm1, dword ptr [rbp-0xA88]
       vmovss   xmm2, dword ptr [rbp-0xA90]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA78], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA7C]
       vmovss   xmm1, dword ptr [rbp-0xA84]
       vmovss   xmm2, dword ptr [rbp-0xA8C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA74], xmm0
       mov      r12, qword ptr [rbp-0xA78]
       mov      rax, qword ptr [rbp-0xA68]
       mov      qword ptr [rbp-0xAA0], rax
       mov      rax, qword ptr [rbp-0x6F8]
       mov      qword ptr [rbp-0xAA8], rax
       mov      rax, qword ptr [rbp-0x798]
       mov      qword ptr [rbp-0xAB0], rax
       vmovss   xmm0, dword ptr [rbp-0xAA0]
       vmovss   xmm1, dword ptr [rbp-0xAA8]
       vmovss   xmm2, dword ptr [rbp-0xAB0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA98], xmm0
       vmovss   xmm0, dword ptr [rbp-0xA9C]
       vmovss   xmm1, dword ptr [rbp-0xAA4]
       vmovss   xmm2, dword ptr [rbp-0xAAC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xA94], xmm0
       mov      rax, qword ptr [rbp-0xA98]
       mov      qword ptr [rbp-0xAC0], r12
       mov      qword ptr [rbp-0xAB8], rax
       vmovaps  xmm0, xmmword ptr [rbp-0x700]
       vmulps   xmm0, xmm0, xmmword ptr [rbp-0xAC0]
       vmovaps  xmmword ptr [rbp-0x7B0], xmm0
       vcvtdq2ps xmm0, xmmword ptr [rbp-0x6F0]
       vmovaps  xmmword ptr [rbp-0x7C0], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD516]
       vmovaps  xmmword ptr [rbp-0x7D0], xmm0
       vbroadcastss xmm0, dword ptr [reloc @RWD520]
       vmovaps  xmmword ptr [rbp-0x7E0], xmm0
       mov      rax, qword ptr [rbp-0x7C0]
       mov      qword ptr [rbp-0xAD0], rax
       mov      rax, qword ptr [rbp-0x7E0]
       mov      qword ptr [rbp-0xAD8], rax
       mov      rax, qword ptr [rbp-0x7B0]
       mov      qword ptr [rbp-0xAE0], rax
       vmovss   xmm0, dword ptr [rbp-0xAD0]
       vmovss   xmm1, dword ptr [rbp-0xAD8]
       vmovss   xmm2, dword ptr [rbp-0xAE0]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAC8], xmm0
       vmovss   xmm0, dword ptr [rbp-0xACC]
       vmovss   xmm1, dword ptr [rbp-0xAD4]
       vmovss   xmm2, dword ptr [rbp-0xADC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAC4], xmm0
       mov      r12, qword ptr [rbp-0xAC8]
       mov      rax, qword ptr [rbp-0x7B8]
 
G_M000_IG23:                ;; offset=0x1FD6
       mov      qword ptr [rbp-0xAF0], rax
       mov      rax, qword ptr [rbp-0x7D8]
       mov      qword ptr [rbp-0xAF8], rax
       mov      rax, qword ptr [rbp-0x7A8]
       mov      qword ptr [rbp-0xB00], rax
       vmovss   xmm0, dword ptr [rbp-0xAF0]
       vmovss   xmm1, dword ptr [rbp-0xAF8]
       vmovss   xmm2, dword ptr [rbp-0xB00]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAE8], xmm0
       vmovss   xmm0, dword ptr [rbp-0xAEC]
       vmovss   xmm1, dword ptr [rbp-0xAF4]
       vmovss   xmm2, dword ptr [rbp-0xAFC]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xAE4], xmm0
       mov      rax, qword ptr [rbp-0xAE8]
       mov      qword ptr [rbp-0xB10], r12
       mov      qword ptr [rbp-0xB08], rax
       vmovaps  xmm0, xmmword ptr [rbp-0xB10]
       vmovaps  xmmword ptr [rbp-0x7F0], xmm0
       mov      rax, qword ptr [rbp-0x7C0]
       mov      qword ptr [rbp-0xB20], rax
       mov      rax, qword ptr [rbp-0x7D0]
       mov      qword ptr [rbp-0xB28], rax
       mov      rax, qword ptr [rbp-0x7F0]
       mov      qword ptr [rbp-0xB30], rax
       vmovss   xmm0, dword ptr [rbp-0xB20]
       vmovss   xmm1, dword ptr [rbp-0xB28]
       vmovss   xmm2, dword ptr [rbp-0xB30]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB18], xmm0
       vmovss   xmm0, dword ptr [rbp-0xB1C]
       vmovss   xmm1, dword ptr [rbp-0xB24]
       vmovss   xmm2, dword ptr [rbp-0xB2C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB14], xmm0
       mov      r12, qword ptr [rbp-0xB18]
       mov      rax, qword ptr [rbp-0x7B8]
       mov      qword ptr [rbp-0xB40], rax
       mov      rax, qword ptr [rbp-0x7C8]
       mov      qword ptr [rbp-0xB48], rax
       mov      rax, qword ptr [rbp-0xB08]
       mov      qword ptr [rbp-0xB50], rax
       vmovss   xmm0, dword ptr [rbp-0xB40]
       vmovss   xmm1, dword ptr [rbp-0xB48]
       vmovss   xmm2, dword ptr [rbp-0xB50]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB38], xmm0
       vmovss   xmm0, dword ptr [rbp-0xB3C]
       vmovss   xmm1, dword ptr [rbp-0xB44]
       vmovss   xmm2, dword ptr [rbp-0xB4C]
       call     System.MathF:FusedMultiplyAdd(float,float,float):float
       vmovss   dword ptr [rbp-0xB34], xmm0
       mov      rdi, qword ptr [rbp-0xB38]
       mov      qword ptr [rbp-0xB60], r12
       mov      qword ptr [rbp-0xB58], rdi
       vmovaps  xmm0, xmmword ptr [rbp-0xB60]
       vmulps   xmm0, xmm0, xmmword ptr [reloc @RWD528]
       vsqrtps  xmm0, xmm0
 
G_M000_IG24:                ;; offset=0x2180
       vmovaps  xmmword ptr [rbp-0x1E0], xmm0
       vmovaps  xmm7, xmmword ptr [rbp-0x1F0]
       vpsrld   xmm1, xmm7, 8
       vmovaps  xmmword ptr [rbp-0x220], xmm1
       lea      rdi, [rbp-0xB70]
       mov      esi, 0x200000
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm1, xmmword ptr [rbp-0x220]
       vmovups  xmmword ptr [rsp], xmm1
       vmovaps  xmm0, xmmword ptr [rbp-0xB70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB80]
       call     [ZoEngine.Cpu.Simd.Lanes128:AddU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB80]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xB90]
       mov      esi, 22
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftRight(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB90]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xBA0]
       mov      esi, 22
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm1, xmmword ptr [rbp-0x220]
       vmovups  xmmword ptr [rsp], xmm1
       vmovaps  xmm0, xmmword ptr [rbp-0xBA0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xBB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:SubU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBB0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xBC0]
       call     [ZoEngine.Cpu.Simd.Lanes128:IntToFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xBD0]
       vmovss   xmm0, dword ptr [reloc @RWD384]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBC0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBD0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xBE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBE0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xBF0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC00]
       vmovss   xmm0, dword ptr [reloc @RWD544]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC10]
       vmovss   xmm0, dword ptr [reloc @RWD548]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC00]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
 
G_M000_IG25:                ;; offset=0x2301
       vmovaps  xmm0, xmmword ptr [rbp-0xC10]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC20]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC30]
       vmovss   xmm0, dword ptr [reloc @RWD552]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC30]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC40]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC50]
       vmovss   xmm0, dword ptr [reloc @RWD556]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC50]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC60]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC70]
       vmovss   xmm0, dword ptr [reloc @RWD560]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC70]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xC80]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xC90]
       vmovss   xmm0, dword ptr [reloc @RWD432]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xC80]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xC90]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCB0]
       vmovss   xmm0, dword ptr [reloc @RWD564]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCC0]
       vmovss   xmm0, dword ptr [reloc @RWD568]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCC0]
 
G_M000_IG26:                ;; offset=0x2495
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCD0]
       vmovss   xmm0, dword ptr [reloc @RWD572]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCD0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCE0]
       vmovss   xmm0, dword ptr [reloc @RWD576]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCE0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xCF0]
       vmovss   xmm0, dword ptr [reloc @RWD580]
       call     [ZoEngine.Cpu.Simd.Lanes128:Splat(float):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xBF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCF0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xCB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xBE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xCB0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD00]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0xD10]
       mov      esi, 3
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xB90]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD10]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD20]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xD30]
       xor      esi, esi
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xD40]
       mov      esi, 1
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD40]
 
G_M000_IG27:                ;; offset=0x2621
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD50]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD30]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD50]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xD60]
       call     [ZoEngine.Cpu.Simd.Lanes128:SubU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD00]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD70]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCA0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xD80]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD70]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xD80]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xD90]
       call     [ZoEngine.Cpu.Simd.Lanes128:SelectU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xCA0]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xDA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD00]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xDB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsUInt(System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD60]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDA0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDB0]
       vmovups  xmmword ptr [rsp+0x20], xmm0
       lea      rdi, [rbp-0xDC0]
       call     [ZoEngine.Cpu.Simd.Lanes128:SelectU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xDD0]
       mov      esi, 1
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDD0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xDE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:AddU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xDF0]
       mov      esi, 2
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xDE0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xDF0]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE00]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
 
G_M000_IG28:                ;; offset=0x27A4
       vmovaps  xmm0, xmmword ptr [rbp-0xE00]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xE10]
       mov      esi, 30
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       lea      rdi, [rbp-0xE20]
       mov      esi, 2
       call     [ZoEngine.Cpu.Simd.Lanes128:SplatU(uint):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD20]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xE20]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE30]
       call     [ZoEngine.Cpu.Simd.Lanes128:AndU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE30]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0xE40]
       mov      esi, 30
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftLeft(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xD90]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xE10]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE50]
       call     [ZoEngine.Cpu.Simd.Lanes128:XorU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE50]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0x200]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xDC0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0xE40]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xE60]
       call     [ZoEngine.Cpu.Simd.Lanes128:XorU(System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE60]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbp-0x210]
       call     [ZoEngine.Cpu.Simd.Lanes128:AsFloat(System.Runtime.Intrinsics.Vector128`1[uint]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm6, xmmword ptr [rbp-0x230]
       vmovups  xmmword ptr [rsp], xmm6
       lea      rdi, [rbp-0x260]
       mov      esi, 8
       call     [ZoEngine.Cpu.Simd.Lanes128:ShiftRight(System.Runtime.Intrinsics.Vector128`1[uint],int):System.Runtime.Intrinsics.Vector128`1[uint]]
       vmovaps  xmm0, xmmword ptr [rbp-0x260]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rsi, [rbp-0x250]
       lea      rdi, [rbp-0x240]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes128,System.Runtime.Intrinsics.Vector128`1[uint],System.Runtime.Intrinsics.Vector128`1[float]]:SinCosTurns24(System.Runtime.Intrinsics.Vector128`1[uint],byref,byref)]
       vmovaps  xmm0, xmmword ptr [rbp-0x1C0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x200]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0x80]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x1C0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x210]
       vmovups  xmmword ptr [rsp+0x10], xmm0
 
G_M000_IG29:                ;; offset=0x2920
       lea      rdi, [rbp-0x90]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x1E0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x240]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       lea      rdi, [rbp-0xA0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x1E0]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm0, xmmword ptr [rbp-0x250]
       vmovups  xmmword ptr [rsp+0x10], xmm0
       lea      rdi, [rbp-0xB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Mul(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       lea      rdi, [rbp-0x80]
       lea      rsi, [rbp-0x90]
       lea      rdx, [rbp-0xA0]
       lea      rcx, [rbp-0xB0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Transpose4(byref,byref,byref,byref)]
       vmovaps  xmm0, xmmword ptr [rbp-0x80]
       vmovaps  xmmword ptr [rbp-0xC0], xmm0
       lea      rdi, [rbp-0xD0]
       mov      rsi, rbx
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0xC0]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       vmovaps  xmm1, xmmword ptr [rbp-0xD0]
       vmovups  xmmword ptr [rsp+0x20], xmm1
       lea      rdi, [rbp-0xE0]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0xE0]
       vmovups  xmmword ptr [rsp], xmm0
       mov      rdi, rbx
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       vmovaps  xmm0, xmmword ptr [rbp-0x90]
       vmovaps  xmmword ptr [rbp-0xF0], xmm0
       lea      rsi, [rbx+0x10]
       lea      rdi, [rbp-0x100]
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0xF0]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       vmovaps  xmm1, xmmword ptr [rbp-0x100]
       vmovups  xmmword ptr [rsp+0x20], xmm1
       lea      rdi, [rbp-0x110]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x110]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x10]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       vmovaps  xmm0, xmmword ptr [rbp-0xA0]
       vmovaps  xmmword ptr [rbp-0x120], xmm0
       lea      rsi, [rbx+0x20]
       lea      rdi, [rbp-0x130]
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
 
G_M000_IG30:                ;; offset=0x2A93
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x120]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       vmovaps  xmm1, xmmword ptr [rbp-0x130]
       vmovups  xmmword ptr [rsp+0x20], xmm1
       lea      rdi, [rbp-0x140]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x140]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x20]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       vmovaps  xmm0, xmmword ptr [rbp-0xB0]
       vmovaps  xmmword ptr [rbp-0x150], xmm0
       lea      rsi, [rbx+0x30]
       lea      rdi, [rbp-0x160]
       call     [ZoEngine.Cpu.Simd.Lanes128:Load(ptr):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x40]
       vmovups  xmmword ptr [rsp], xmm0
       vmovaps  xmm1, xmmword ptr [rbp-0x150]
       vmovups  xmmword ptr [rsp+0x10], xmm1
       vmovaps  xmm1, xmmword ptr [rbp-0x160]
       vmovups  xmmword ptr [rsp+0x20], xmm1
       lea      rdi, [rbp-0x170]
       call     [ZoEngine.Cpu.Simd.Lanes128:Fma(System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float],System.Runtime.Intrinsics.Vector128`1[float]):System.Runtime.Intrinsics.Vector128`1[float]]
       vmovaps  xmm0, xmmword ptr [rbp-0x170]
       vmovups  xmmword ptr [rsp], xmm0
       lea      rdi, [rbx+0x30]
       call     [ZoEngine.Cpu.Simd.Lanes128:Store(ptr,System.Runtime.Intrinsics.Vector128`1[float])]
       inc      r13d
       add      rbx, 64
       cmp      r13d, r15d
       vmovaps  xmm1, xmmword ptr [rbp-0x50]
       vmovaps  xmm2, xmmword ptr [rbp-0x60]
       vmovaps  xmm3, xmmword ptr [rbp-0x70]
       jl       G_M000_IG03
 
G_M000_IG31:                ;; offset=0x2B62
       add      rsp, 0xE68
       pop      rbx
       pop      r12
       pop      r13
       pop      r14
       pop      r15
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h
RWD16  	dq	8000000080000000h, 8000000080000000h
RWD32  	dd	D2511F53h		; -2.24543e+11
RWD36  	dd	00000000h
RWD40  	dq	00000000FFFFFFFFh
RWD48  	dq	FFFFFFFF00000000h, FFFFFFFF00000000h
RWD64  	dd	CD9E8D57h		; -3.32508e+08
RWD68  	dd	00000000h, 00000000h, 00000000h
RWD80  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD96  	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD112 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD128 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD144 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD160 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD176 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD192 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD208 	dq	1715609D1715609Dh, 1715609D1715609Dh
RWD224 	dq	A9066899A9066899h, A9066899A9066899h
RWD240 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD256 	dq	646E171E646E171Eh, 646E171E646E171Eh
RWD272 	dq	5384540F5384540Fh, 5384540F5384540Fh
RWD288 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD304 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD320 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD336 	dq	8FF347818FF34781h, 8FF347818FF34781h
RWD352 	dq	96A522AD96A522ADh, 96A522AD96A522ADh
RWD368 	dq	0000000100000001h, 0000000100000001h
RWD384 	dq	3380000033800000h, 3380000033800000h
RWD400 	dq	FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h
RWD416 	dq	007FFFFF007FFFFFh, 007FFFFF007FFFFFh
RWD432 	dq	3F8000003F800000h, 3F8000003F800000h
RWD448 	dq	3FB504F33FB504F3h, 3FB504F33FB504F3h
RWD464 	dq	0080000000800000h, 0080000000800000h
RWD480 	dd	BD9C151Dh		; -0.0762121
RWD484 	dd	3E0424F1h		;  0.129047
RWD488 	dd	BE079CE8h		; -0.132434
RWD492 	dd	3E1138CDh		;  0.141818
RWD496 	dd	BE2A1388h		;  -0.16609
RWD500 	dd	3E4CD1F6h		;   0.20002
RWD504 	dd	BE800214h		; -0.250016
RWD508 	dd	3EAAAAA8h		;  0.333333
RWD512 	dd	BEFFFFFCh		;      -0.5
RWD516 	dd	3F317180h		;  0.693138
RWD520 	dd	3717F7D1h		; 9.058e-06
RWD524 	dd	00000000h
RWD528 	dq	C0000000C0000000h, C0000000C0000000h
RWD544 	dd	C1D368F9h		;  -26.4263
RWD548 	dd	4270FA83h		;   60.2446
RWD552 	dd	C2AAE9E4h		;  -85.4568
RWD556 	dd	4281E0F8h		;   64.9394
RWD560 	dd	C19DE9E6h		;  -19.7392
RWD564 	dd	42283C1Ah		;   42.0587
RWD568 	dd	C2996966h		;  -76.7059
RWD572 	dd	42A335E3h		;   81.6052
RWD576 	dd	C2255DE7h		;  -41.3417
RWD580 	dd	40C90FDBh		;   6.28319

; Total bytes of code 11124

