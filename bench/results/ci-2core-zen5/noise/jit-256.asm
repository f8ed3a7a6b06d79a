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
       mov      rsi, 0x7F8F4B401070
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x80], rax
       mov      rsi, gword ptr [rbp-0x80]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       lea      rdi, [rbp-0x58]
       mov      esi, dword ptr [rbp-0x20]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, 656
       mov      rsi, 0x7F8F4B401070
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x88], rax
       mov      rsi, gword ptr [rbp-0x88]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       mov      rdi, 0x7F8F4AE9CD28
       call     CORINFO_HELP_NEWSFAST
       mov      gword ptr [rbp-0x78], rax
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      gword ptr [rbp-0x90], rax
       mov      edi, 0xCA5
       mov      rsi, 0x7F8F4B401070
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

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:Words(ulong,uint,ulong,int,ptr) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 279 single block inlinees; 1 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vmovq    xmm0, rdi
       vpbroadcastq ymm0, ymm0
       mov      eax, esi
       vmovq    xmm1, rax
       vpbroadcastq ymm1, ymm1
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG07
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0024
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       vmovq    xmm2, rdi
       vpbroadcastq ymm2, ymm2
       vpaddq   ymm2, ymm2, ymmword ptr [reloc @RWD00]
       vpaddq   ymm3, ymm2, ymmword ptr [reloc @RWD32]
       vpsrlq   ymm4, ymm2, 32
       vpsrlq   ymm5, ymm3, 32
       vbroadcastsd ymm6, qword ptr [reloc @RWD64]
       vmovaps  ymm7, ymm6
       vbroadcastsd ymm8, qword ptr [reloc @RWD72]
       vmovaps  ymm9, ymm8
       vpmuludq ymm10, ymm2, ymm7
       vpmuludq ymm7, ymm3, ymm7
       vpmuludq ymm2, ymm1, ymm9
       vpsrlq   ymm3, ymm2, 32
       vpxor    ymm4, ymm4, ymm3
       vpxor    ymm4, ymm4, ymm0
       vpxor    ymm3, ymm5, ymm3
       vpxor    ymm3, ymm3, ymm0
       vpxor    ymm5, ymm0, ymm10
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm9, ymm0, ymm7
       vpsrlq   ymm9, ymm9, 32
       vpaddd   ymm11, ymm0, ymmword ptr [reloc @RWD96]
       vmovaps  ymm12, ymm6
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm12
       vpmuludq ymm12, ymm3, ymm12
       vpmuludq ymm15, ymm5, ymm13
       vpmuludq ymm13, ymm9, ymm13
       vpsrlq   ymm4, ymm15, 32
       vpxor    ymm3, ymm4, ymm2
       vpxor    ymm4, ymm3, ymm11
       vpsrlq   ymm5, ymm13, 32
       vpxor    ymm9, ymm5, ymm2
       vpxor    ymm3, ymm9, ymm11
       vpxor    ymm2, ymm11, ymm14
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm5, ymm2, ymm10
       vpxor    ymm2, ymm11, ymm12
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm9, ymm2, ymm7
       vpaddd   ymm2, ymm0, ymmword ptr [reloc @RWD128]
       vmovaps  ymm7, ymm6
       vmovaps  ymm10, ymm8
       vpmuludq ymm11, ymm4, ymm7
       vpmuludq ymm7, ymm3, ymm7
       vpmuludq ymm4, ymm5, ymm10
       vpmuludq ymm10, ymm9, ymm10
       vpsrlq   ymm3, ymm4, 32
       vpxor    ymm5, ymm3, ymm15
       vpxor    ymm9, ymm5, ymm2
       vpsrlq   ymm3, ymm10, 32
       vpxor    ymm3, ymm3, ymm13
       vpxor    ymm3, ymm3, ymm2
       vpxor    ymm5, ymm2, ymm11
 
G_M000_IG04:                ;; offset=0x014B
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm5, ymm5, ymm14
       vpxor    ymm2, ymm2, ymm7
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm2, ymm2, ymm12
       vpaddd   ymm12, ymm0, ymmword ptr [reloc @RWD160]
       vmovaps  ymm13, ymm6
       vmovaps  ymm14, ymm8
       vpmuludq ymm15, ymm9, ymm13
       vpmuludq ymm13, ymm3, ymm13
       vpmuludq ymm9, ymm5, ymm14
       vpmuludq ymm14, ymm2, ymm14
       vpsrlq   ymm3, ymm9, 32
       vpxor    ymm5, ymm3, ymm4
       vpxor    ymm2, ymm5, ymm12
       vpsrlq   ymm3, ymm14, 32
       vpxor    ymm3, ymm3, ymm10
       vpxor    ymm3, ymm3, ymm12
       vpxor    ymm4, ymm12, ymm15
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm5, ymm4, ymm11
       vpxor    ymm4, ymm12, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm7
       vpaddd   ymm7, ymm0, ymmword ptr [reloc @RWD192]
       vmovaps  ymm10, ymm6
       vmovaps  ymm11, ymm8
       vpmuludq ymm12, ymm2, ymm10
       vpmuludq ymm10, ymm3, ymm10
       vpmuludq ymm2, ymm5, ymm11
       vpmuludq ymm11, ymm4, ymm11
       vpsrlq   ymm3, ymm2, 32
       vpxor    ymm5, ymm3, ymm9
       vpxor    ymm4, ymm5, ymm7
       vpsrlq   ymm3, ymm11, 32
       vpxor    ymm3, ymm3, ymm14
       vpxor    ymm3, ymm3, ymm7
       vpxor    ymm5, ymm7, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm5, ymm5, ymm15
       vpxor    ymm7, ymm7, ymm10
       vpsrlq   ymm7, ymm7, 32
       vpxor    ymm7, ymm7, ymm13
       vpaddd   ymm9, ymm0, ymmword ptr [reloc @RWD224]
       vmovaps  ymm13, ymm6
       vmovaps  ymm14, ymm8
       vpmuludq ymm15, ymm4, ymm13
       vpmuludq ymm13, ymm3, ymm13
       vpmuludq ymm4, ymm5, ymm14
       vpmuludq ymm14, ymm7, ymm14
       vpsrlq   ymm3, ymm4, 32
       vpxor    ymm5, ymm3, ymm2
       vpxor    ymm7, ymm5, ymm9
       vpsrlq   ymm2, ymm14, 32
       vpxor    ymm2, ymm2, ymm11
       vpxor    ymm3, ymm2, ymm9
       vpxor    ymm2, ymm9, ymm15
 
G_M000_IG05:                ;; offset=0x026C
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm5, ymm2, ymm12
       vpxor    ymm2, ymm9, ymm13
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm2, ymm2, ymm10
       vpaddd   ymm9, ymm0, ymmword ptr [reloc @RWD256]
       vmovaps  ymm10, ymm6
       vmovaps  ymm11, ymm8
       vpmuludq ymm12, ymm7, ymm10
       vpmuludq ymm10, ymm3, ymm10
       vpmuludq ymm7, ymm5, ymm11
       vpmuludq ymm11, ymm2, ymm11
       vpsrlq   ymm3, ymm7, 32
       vpxor    ymm5, ymm3, ymm4
       vpxor    ymm2, ymm5, ymm9
       vpsrlq   ymm3, ymm11, 32
       vpxor    ymm3, ymm3, ymm14
       vpxor    ymm3, ymm3, ymm9
       vpxor    ymm4, ymm9, ymm12
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm5, ymm4, ymm15
       vpxor    ymm4, ymm9, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm13
       vpaddd   ymm9, ymm0, ymmword ptr [reloc @RWD288]
       vmovaps  ymm13, ymm6
       vmovaps  ymm14, ymm8
       vpmuludq ymm15, ymm2, ymm13
       vpmuludq ymm13, ymm3, ymm13
       vpmuludq ymm2, ymm5, ymm14
       vpmuludq ymm14, ymm4, ymm14
       vpsrlq   ymm3, ymm2, 32
       vpxor    ymm5, ymm3, ymm7
       vpxor    ymm4, ymm5, ymm9
       vpsrlq   ymm3, ymm14, 32
       vpxor    ymm3, ymm3, ymm11
       vpxor    ymm3, ymm3, ymm9
       vpxor    ymm5, ymm9, ymm15
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm5, ymm5, ymm12
       vpxor    ymm7, ymm9, ymm13
       vpsrlq   ymm7, ymm7, 32
       vpxor    ymm7, ymm7, ymm10
       vpaddd   ymm9, ymm0, ymmword ptr [reloc @RWD320]
       vmovaps  ymm10, ymm6
       vmovaps  ymm11, ymm8
       vpmuludq ymm12, ymm4, ymm10
       vpmuludq ymm10, ymm3, ymm10
       vpmuludq ymm4, ymm5, ymm11
       vpmuludq ymm11, ymm7, ymm11
       vpsrlq   ymm3, ymm4, 32
       vpxor    ymm5, ymm3, ymm2
       vpxor    ymm7, ymm5, ymm9
       vpsrlq   ymm2, ymm11, 32
       vpxor    ymm2, ymm2, ymm14
       vpxor    ymm3, ymm2, ymm9
       vpxor    ymm2, ymm9, ymm12
 
G_M000_IG06:                ;; offset=0x038F
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm5, ymm2, ymm15
       vpxor    ymm2, ymm9, ymm10
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm2, ymm2, ymm13
       vpaddd   ymm9, ymm0, ymmword ptr [reloc @RWD352]
       vpmuludq ymm13, ymm7, ymm6
       vpmuludq ymm6, ymm3, ymm6
       vpmuludq ymm14, ymm5, ymm8
       vpmuludq ymm8, ymm2, ymm8
       vpsrlq   ymm7, ymm14, 32
       vpxor    ymm3, ymm7, ymm4
       vpxor    ymm7, ymm3, ymm9
       vpsrlq   ymm5, ymm8, 32
       vpxor    ymm2, ymm5, ymm11
       vpxor    ymm3, ymm2, ymm9
       vpxor    ymm2, ymm9, ymm13
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm5, ymm2, ymm12
       vpxor    ymm2, ymm9, ymm6
       vpsrlq   ymm2, ymm2, 32
       vpxor    ymm2, ymm2, ymm10
       vshufps  ymm3, ymm7, ymm3, -120
       vpermpd  ymm3, ymm3, -40
       vshufps  ymm4, ymm14, ymm8, -120
       vpermpd  ymm4, ymm4, -40
       vshufps  ymm2, ymm5, ymm2, -120
       vpermpd  ymm2, ymm2, -40
       vshufps  ymm5, ymm13, ymm6, -120
       vpermpd  ymm5, ymm5, -40
       vunpckhps ymm6, ymm3, ymm4
       vunpcklps ymm7, ymm2, ymm5
       vunpckhps ymm2, ymm2, ymm5
       vunpcklps ymm3, ymm3, ymm4
       vunpcklpd ymm4, ymm3, ymm7
       vunpckhpd ymm3, ymm3, ymm7
       vunpcklpd ymm5, ymm6, ymm2
       vunpckhpd ymm2, ymm6, ymm2
       vperm2f128 ymm6, ymm4, ymm3, 32
       vperm2f128 ymm7, ymm5, ymm2, 32
       vperm2f128 ymm3, ymm4, ymm3, 49
       vperm2f128 ymm2, ymm5, ymm2, 49
       vmovups  ymmword ptr [r8], ymm6
       vmovups  ymmword ptr [r8+0x20], ymm7
       vmovups  ymmword ptr [r8+0x40], ymm3
       vmovups  ymmword ptr [r8+0x60], ymm2
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG07:                ;; offset=0x048B
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h
RWD32  	dq	0000000000000004h, 0000000000000004h, 0000000000000004h, 0000000000000004h
RWD64  	dq	00000000D2511F53h
RWD72  	dq	00000000CD9E8D57h
RWD80  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD128 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD160 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD192 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD224 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD256 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD288 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD320 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD352 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h

; Total bytes of code 1168

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:SetLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+GaussianGroup[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 518 single block inlinees; 1 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss ymm0, ymm0
       vmovq    xmm1, rdi
       vpbroadcastq ymm1, ymm1
       mov      eax, esi
       vmovq    xmm2, rax
       vpbroadcastq ymm2, ymm2
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0029
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       vmovq    xmm3, rdi
       vpbroadcastq ymm3, ymm3
       vpaddq   ymm3, ymm3, ymmword ptr [reloc @RWD00]
       vpaddq   ymm4, ymm3, ymmword ptr [reloc @RWD32]
       vpsrlq   ymm5, ymm3, 32
       vpsrlq   ymm6, ymm4, 32
       vbroadcastsd ymm7, qword ptr [reloc @RWD64]
       vmovaps  ymm8, ymm7
       vbroadcastsd ymm9, qword ptr [reloc @RWD72]
       vmovaps  ymm10, ymm9
       vpmuludq ymm11, ymm3, ymm8
       vpmuludq ymm8, ymm4, ymm8
       vpmuludq ymm4, ymm2, ymm10
       vpmuludq ymm10, ymm2, ymm10
       vpsrlq   ymm3, ymm10, 32
       vpxor    ymm3, ymm3, ymm5
       vpxor    ymm3, ymm3, ymm1
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm4, ymm4, ymm1
       vpxor    ymm5, ymm1, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm6, ymm1, ymm8
       vpsrlq   ymm6, ymm6, 32
       vpaddd   ymm12, ymm1, ymmword ptr [reloc @RWD96]
       vmovaps  ymm13, ymm7
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm3, ymm13
       vpmuludq ymm13, ymm4, ymm13
       vpmuludq ymm3, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpsrlq   ymm4, ymm3, 32
       vpxor    ymm5, ymm4, ymm10
       vpxor    ymm6, ymm5, ymm12
       vpsrlq   ymm4, ymm14, 32
       vpxor    ymm4, ymm4, ymm10
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm5, ymm12, ymm15
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm5, ymm5, ymm11
       vpxor    ymm10, ymm12, ymm13
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm8, ymm10, ymm8
       vpaddd   ymm10, ymm1, ymmword ptr [reloc @RWD128]
       vmovaps  ymm11, ymm7
       vmovaps  ymm12, ymm9
       vpmuludq ymm6, ymm6, ymm11
       vpmuludq ymm11, ymm4, ymm11
       vpmuludq ymm4, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpsrlq   ymm5, ymm4, 32
       vpxor    ymm8, ymm5, ymm3
       vpxor    ymm3, ymm8, ymm10
       vpsrlq   ymm5, ymm12, 32
       vpxor    ymm5, ymm5, ymm14
 
G_M000_IG04:                ;; offset=0x0159
       vpxor    ymm5, ymm5, ymm10
       vpxor    ymm8, ymm10, ymm6
       vpsrlq   ymm8, ymm8, 32
       vpxor    ymm8, ymm8, ymm15
       vpxor    ymm10, ymm10, ymm11
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm13
       vpaddd   ymm13, ymm1, ymmword ptr [reloc @RWD160]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm3, ymm3, ymm14
       vpmuludq ymm14, ymm5, ymm14
       vpmuludq ymm5, ymm8, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm8, ymm5, 32
       vpxor    ymm10, ymm8, ymm4
       vpxor    ymm4, ymm10, ymm13
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm12
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm10, ymm13, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm6, ymm10, ymm6
       vpxor    ymm10, ymm13, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm11
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD192]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm4, ymm4, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm6, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm6, ymm8, 32
       vpxor    ymm10, ymm6, ymm5
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD224]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm5, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm3, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm3, ymm6, 32
       vpxor    ymm10, ymm3, ymm8
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
 
G_M000_IG05:                ;; offset=0x027F
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD256]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm3, ymm3, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm4, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm4, ymm8, 32
       vpxor    ymm10, ymm4, ymm6
       vpxor    ymm4, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD288]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm4, ymm4, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm5, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm5, ymm6, 32
       vpxor    ymm10, ymm5, ymm8
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD320]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm5, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm3, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm3, ymm8, 32
       vpxor    ymm10, ymm3, ymm6
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
 
G_M000_IG06:                ;; offset=0x03A5
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD352]
       vpmuludq ymm14, ymm3, ymm7
       vpmuludq ymm7, ymm6, ymm7
       vpmuludq ymm15, ymm4, ymm9
       vpmuludq ymm9, ymm10, ymm9
       vpsrlq   ymm3, ymm15, 32
       vpxor    ymm6, ymm3, ymm8
       vpxor    ymm3, ymm6, ymm11
       vpsrlq   ymm4, ymm9, 32
       vpxor    ymm10, ymm4, ymm13
       vpxor    ymm6, ymm10, ymm11
       vpxor    ymm4, ymm11, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm5
       vpxor    ymm5, ymm11, ymm7
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm10, ymm5, ymm12
       vshufps  ymm3, ymm3, ymm6, -120
       vpermpd  ymm3, ymm3, -40
       vshufps  ymm5, ymm15, ymm9, -120
       vpermpd  ymm5, ymm5, -40
       vshufps  ymm4, ymm4, ymm10, -120
       vpermpd  ymm4, ymm4, -40
       vshufps  ymm6, ymm14, ymm7, -120
       vpermpd  ymm6, ymm6, -40
       vpsrld   ymm3, ymm3, 8
       vbroadcastss ymm7, dword ptr [reloc @RWD384]
       vpaddd   ymm3, ymm3, ymm7
       vcvtdq2ps ymm3, ymm3
       vbroadcastss ymm8, dword ptr [reloc @RWD388]
       vmulps   ymm3, ymm3, ymm8
       vpsrld   ymm9, ymm3, 23
       vpaddd   ymm9, ymm9, ymmword ptr [reloc @RWD416]
       vpand    ymm3, ymm3, ymmword ptr [reloc @RWD448]
       vbroadcastss ymm10, dword ptr [reloc @RWD480]
       vpor     ymm3, ymm3, ymm10
       vpcmpgtd ymm11, ymm3, ymmword ptr [reloc @RWD512]
       vpand    ymm12, ymm11, ymmword ptr [reloc @RWD544]
       vpsubd   ymm3, ymm3, ymm12
       vpsubd   ymm9, ymm9, ymm11
       vsubps   ymm3, ymm3, ymm10
       vbroadcastss ymm11, dword ptr [reloc @RWD576]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD608]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD640]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD672]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD704]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD736]
 
G_M000_IG07:                ;; offset=0x04E8
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD768]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD800]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD832]
       vfmadd213ps ymm11, ymm3, ymm10
       vmulps   ymm3, ymm11, ymm3
       vcvtdq2ps ymm9, ymm9
       vmovaps  ymm11, ymm9
       vfmadd132ps ymm11, ymm3, ymmword ptr [reloc @RWD864]
       vmovaps  ymm3, ymm9
       vfmadd132ps ymm3, ymm11, ymmword ptr [reloc @RWD896]
       vmulps   ymm3, ymm3, ymmword ptr [reloc @RWD928]
       vsqrtps  ymm3, ymm3
       vpsrld   ymm4, ymm4, 8
       vpaddd   ymm4, ymm4, ymm7
       vcvtdq2ps ymm4, ymm4
       vmulps   ymm4, ymm4, ymm8
       vpsrld   ymm9, ymm4, 23
       vpaddd   ymm9, ymm9, ymmword ptr [reloc @RWD416]
       vpand    ymm4, ymm4, ymmword ptr [reloc @RWD448]
       vpor     ymm4, ymm4, ymm10
       vpcmpgtd ymm11, ymm4, ymmword ptr [reloc @RWD512]
       vpand    ymm12, ymm11, ymmword ptr [reloc @RWD544]
       vpsubd   ymm4, ymm4, ymm12
       vpsubd   ymm9, ymm9, ymm11
       vsubps   ymm4, ymm4, ymm10
       vbroadcastss ymm11, dword ptr [reloc @RWD576]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD608]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD640]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD672]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD704]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD736]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD768]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD800]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD832]
       vfmadd213ps ymm11, ymm4, ymm10
       vmulps   ymm4, ymm11, ymm4
       vcvtdq2ps ymm9, ymm9
       vmovaps  ymm11, ymm9
       vfmadd132ps ymm11, ymm4, ymmword ptr [reloc @RWD864]
       vmovaps  ymm4, ymm9
       vfmadd132ps ymm4, ymm11, ymmword ptr [reloc @RWD896]
       vmulps   ymm4, ymm4, ymmword ptr [reloc @RWD928]
       vsqrtps  ymm4, ymm4
       vpsrld   ymm5, ymm5, 8
       vpaddd   ymm9, ymm5, ymmword ptr [reloc @RWD960]
       vpsrld   ymm9, ymm9, 22
       vpslld   ymm11, ymm9, 22
       vpsubd   ymm5, ymm5, ymm11
       vcvtdq2ps ymm5, ymm5
       vmulps   ymm5, ymm5, ymm8
       vmulps   ymm11, ymm5, ymm5
       vbroadcastss ymm12, dword ptr [reloc @RWD992]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1024]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1056]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1088]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1120]
       vfmadd213ps ymm12, ymm11, ymm10
       vbroadcastss ymm13, dword ptr [reloc @RWD1152]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1184]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1216]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1248]
       vfmadd213ps ymm11, ymm13, ymmword ptr [reloc @RWD1280]
 
G_M000_IG08:                ;; offset=0x0695
       vmulps   ymm5, ymm11, ymm5
       vpand    ymm9, ymm9, ymmword ptr [reloc @RWD1312]
       vpand    ymm11, ymm7, ymm9
       vxorps   ymm13, ymm13, ymm13
       vpsubd   ymm11, ymm13, ymm11
       vpand    ymm13, ymm11, ymm5
       vpandn   ymm14, ymm11, ymm12
       vpor     ymm13, ymm14, ymm13
       vpand    ymm12, ymm11, ymm12
       vpandn   ymm5, ymm11, ymm5
       vpor     ymm5, ymm5, ymm12
       vpaddd   ymm11, ymm7, ymm9
       vbroadcastss ymm12, dword ptr [reloc @RWD1344]
       vpand    ymm11, ymm11, ymm12
       vpslld   ymm11, ymm11, 30
       vpand    ymm9, ymm12, ymm9
       vpslld   ymm9, ymm9, 30
       vpxor    ymm11, ymm13, ymm11
       vpxor    ymm5, ymm5, ymm9
       vpsrld   ymm6, ymm6, 8
       vpaddd   ymm9, ymm6, ymmword ptr [reloc @RWD960]
       vpsrld   ymm9, ymm9, 22
       vpslld   ymm13, ymm9, 22
       vpsubd   ymm6, ymm6, ymm13
       vcvtdq2ps ymm6, ymm6
       vmulps   ymm6, ymm6, ymm8
       vmulps   ymm8, ymm6, ymm6
       vbroadcastss ymm13, dword ptr [reloc @RWD992]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1024]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1056]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1088]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1120]
       vfmadd231ps ymm10, ymm8, ymm13
       vbroadcastss ymm13, dword ptr [reloc @RWD1152]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1184]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1216]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1248]
       vfmadd213ps ymm8, ymm13, ymmword ptr [reloc @RWD1280]
       vmulps   ymm6, ymm8, ymm6
       vpand    ymm8, ymm9, ymmword ptr [reloc @RWD1312]
       vpand    ymm9, ymm7, ymm8
       vxorps   ymm13, ymm13, ymm13
       vpsubd   ymm9, ymm13, ymm9
       vpand    ymm13, ymm9, ymm6
       vpandn   ymm14, ymm9, ymm10
       vpor     ymm13, ymm14, ymm13
       vpand    ymm10, ymm9, ymm10
       vpandn   ymm6, ymm9, ymm6
       vpor     ymm6, ymm6, ymm10
       vpaddd   ymm7, ymm7, ymm8
       vpand    ymm7, ymm7, ymm12
       vpslld   ymm7, ymm7, 30
       vpand    ymm8, ymm12, ymm8
       vpslld   ymm8, ymm8, 30
       vpxor    ymm7, ymm13, ymm7
       vpxor    ymm6, ymm6, ymm8
       vmulps   ymm8, ymm3, ymm11
 
G_M000_IG09:                ;; offset=0x07E3
       vmulps   ymm3, ymm3, ymm5
       vmulps   ymm5, ymm4, ymm7
       vmulps   ymm4, ymm4, ymm6
       vunpckhps ymm6, ymm8, ymm3
       vunpcklps ymm7, ymm5, ymm4
       vunpckhps ymm4, ymm5, ymm4
       vunpcklps ymm3, ymm8, ymm3
       vunpcklpd ymm5, ymm3, ymm7
       vunpckhpd ymm3, ymm3, ymm7
       vunpcklpd ymm7, ymm6, ymm4
       vunpckhpd ymm4, ymm6, ymm4
       vperm2f128 ymm6, ymm5, ymm3, 32
       vperm2f128 ymm8, ymm7, ymm4, 32
       vperm2f128 ymm3, ymm5, ymm3, 49
       vperm2f128 ymm4, ymm7, ymm4, 49
       vmulps   ymm5, ymm6, ymm0
       vmovups  ymmword ptr [r8], ymm5
       vmulps   ymm5, ymm8, ymm0
       vmovups  ymmword ptr [r8+0x20], ymm5
       vmulps   ymm3, ymm3, ymm0
       vmovups  ymmword ptr [r8+0x40], ymm3
       vmulps   ymm3, ymm4, ymm0
       vmovups  ymmword ptr [r8+0x60], ymm3
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x085F
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h
RWD32  	dq	0000000000000004h, 0000000000000004h, 0000000000000004h, 0000000000000004h
RWD64  	dq	00000000D2511F53h
RWD72  	dq	00000000CD9E8D57h
RWD80  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD128 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD160 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD192 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD224 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD256 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD288 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD320 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD352 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD384 	dd	00000001h		; 1.4013e-45
RWD388 	dd	33800000h		; 5.96046e-08
RWD392 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD416 	dq	FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h
RWD448 	dq	007FFFFF007FFFFFh, 007FFFFF007FFFFFh, 007FFFFF007FFFFFh, 007FFFFF007FFFFFh
RWD480 	dd	3F800000h		;         1
RWD484 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD512 	dq	3FB504F33FB504F3h, 3FB504F33FB504F3h, 3FB504F33FB504F3h, 3FB504F33FB504F3h
RWD544 	dq	0080000000800000h, 0080000000800000h, 0080000000800000h, 0080000000800000h
RWD576 	dd	BD9C151Dh		; -0.0762121
RWD580 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD608 	dq	3E0424F13E0424F1h, 3E0424F13E0424F1h, 3E0424F13E0424F1h, 3E0424F13E0424F1h
RWD640 	dq	BE079CE8BE079CE8h, BE079CE8BE079CE8h, BE079CE8BE079CE8h, BE079CE8BE079CE8h
RWD672 	dq	3E1138CD3E1138CDh, 3E1138CD3E1138CDh, 3E1138CD3E1138CDh, 3E1138CD3E1138CDh
RWD704 	dq	BE2A1388BE2A1388h, BE2A1388BE2A1388h, BE2A1388BE2A1388h, BE2A1388BE2A1388h
RWD736 	dq	3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h
RWD768 	dq	BE800214BE800214h, BE800214BE800214h, BE800214BE800214h, BE800214BE800214h
RWD800 	dq	3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h
RWD832 	dq	BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh
RWD864 	dq	3717F7D13717F7D1h, 3717F7D13717F7D1h, 3717F7D13717F7D1h, 3717F7D13717F7D1h
RWD896 	dq	3F3171803F317180h, 3F3171803F317180h, 3F3171803F317180h, 3F3171803F317180h
RWD928 	dq	C0000000C0000000h, C0000000C0000000h, C0000000C0000000h, C0000000C0000000h
RWD960 	dq	0020000000200000h, 0020000000200000h, 0020000000200000h, 0020000000200000h
RWD992 	dd	C1D368F9h		;  -26.4263
RWD996 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD1024	dq	4270FA834270FA83h, 4270FA834270FA83h, 4270FA834270FA83h, 4270FA834270FA83h
RWD1056	dq	C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h
RWD1088	dq	4281E0F84281E0F8h, 4281E0F84281E0F8h, 4281E0F84281E0F8h, 4281E0F84281E0F8h
RWD1120	dq	C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h
RWD1152	dd	42283C1Ah		;   42.0587
RWD1156	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD1184	dq	C2996966C2996966h, C2996966C2996966h, C2996966C2996966h, C2996966C2996966h
RWD1216	dq	42A335E342A335E3h, 42A335E342A335E3h, 42A335E342A335E3h, 42A335E342A335E3h
RWD1248	dq	C2255DE7C2255DE7h, C2255DE7C2255DE7h, C2255DE7C2255DE7h, C2255DE7C2255DE7h
RWD1280	dq	40C90FDB40C90FDBh, 40C90FDB40C90FDBh, 40C90FDB40C90FDBh, 40C90FDB40C90FDBh
RWD1312	dq	0000000300000003h, 0000000300000003h, 0000000300000003h, 0000000300000003h
RWD1344	dd	00000002h		; 2.8026e-45

; Total bytes of code 2148

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:SetLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+RademacherGroup[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 307 single block inlinees; 1 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss ymm0, ymm0
       vmovq    xmm1, rdi
       vpbroadcastq ymm1, ymm1
       mov      eax, esi
       vmovq    xmm2, rax
       vpbroadcastq ymm2, ymm2
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG08
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0029
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       vmovq    xmm3, rdi
       vpbroadcastq ymm3, ymm3
       vpaddq   ymm3, ymm3, ymmword ptr [reloc @RWD00]
       vpaddq   ymm4, ymm3, ymmword ptr [reloc @RWD32]
       vpsrlq   ymm5, ymm3, 32
       vpsrlq   ymm6, ymm4, 32
       vbroadcastsd ymm7, qword ptr [reloc @RWD64]
       vmovaps  ymm8, ymm7
       vbroadcastsd ymm9, qword ptr [reloc @RWD72]
       vmovaps  ymm10, ymm9
       vpmuludq ymm11, ymm3, ymm8
       vpmuludq ymm8, ymm4, ymm8
       vpmuludq ymm4, ymm2, ymm10
       vpmuludq ymm10, ymm2, ymm10
       vpsrlq   ymm3, ymm10, 32
       vpxor    ymm3, ymm3, ymm5
       vpxor    ymm3, ymm3, ymm1
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm4, ymm4, ymm1
       vpxor    ymm5, ymm1, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm6, ymm1, ymm8
       vpsrlq   ymm6, ymm6, 32
       vpaddd   ymm12, ymm1, ymmword ptr [reloc @RWD96]
       vmovaps  ymm13, ymm7
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm3, ymm13
       vpmuludq ymm13, ymm4, ymm13
       vpmuludq ymm3, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpsrlq   ymm4, ymm3, 32
       vpxor    ymm5, ymm4, ymm10
       vpxor    ymm6, ymm5, ymm12
       vpsrlq   ymm4, ymm14, 32
       vpxor    ymm4, ymm4, ymm10
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm5, ymm12, ymm15
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm5, ymm5, ymm11
       vpxor    ymm10, ymm12, ymm13
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm8, ymm10, ymm8
       vpaddd   ymm10, ymm1, ymmword ptr [reloc @RWD128]
       vmovaps  ymm11, ymm7
       vmovaps  ymm12, ymm9
       vpmuludq ymm6, ymm6, ymm11
       vpmuludq ymm11, ymm4, ymm11
       vpmuludq ymm4, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpsrlq   ymm5, ymm4, 32
       vpxor    ymm8, ymm5, ymm3
       vpxor    ymm3, ymm8, ymm10
       vpsrlq   ymm5, ymm12, 32
       vpxor    ymm5, ymm5, ymm14
 
G_M000_IG04:                ;; offset=0x0159
       vpxor    ymm5, ymm5, ymm10
       vpxor    ymm8, ymm10, ymm6
       vpsrlq   ymm8, ymm8, 32
       vpxor    ymm8, ymm8, ymm15
       vpxor    ymm10, ymm10, ymm11
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm13
       vpaddd   ymm13, ymm1, ymmword ptr [reloc @RWD160]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm3, ymm3, ymm14
       vpmuludq ymm14, ymm5, ymm14
       vpmuludq ymm5, ymm8, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm8, ymm5, 32
       vpxor    ymm10, ymm8, ymm4
       vpxor    ymm4, ymm10, ymm13
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm12
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm10, ymm13, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm6, ymm10, ymm6
       vpxor    ymm10, ymm13, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm11
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD192]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm4, ymm4, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm6, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm6, ymm8, 32
       vpxor    ymm10, ymm6, ymm5
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD224]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm5, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm3, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm3, ymm6, 32
       vpxor    ymm10, ymm3, ymm8
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
 
G_M000_IG05:                ;; offset=0x027F
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD256]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm3, ymm3, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm4, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm4, ymm8, 32
       vpxor    ymm10, ymm4, ymm6
       vpxor    ymm4, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD288]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm4, ymm4, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm5, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm5, ymm6, 32
       vpxor    ymm10, ymm5, ymm8
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD320]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm5, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm3, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm3, ymm8, 32
       vpxor    ymm10, ymm3, ymm6
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
 
G_M000_IG06:                ;; offset=0x03A5
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD352]
       vpmuludq ymm14, ymm3, ymm7
       vpmuludq ymm7, ymm6, ymm7
       vpmuludq ymm15, ymm4, ymm9
       vpmuludq ymm9, ymm10, ymm9
       vpsrlq   ymm3, ymm15, 32
       vpxor    ymm6, ymm3, ymm8
       vpxor    ymm3, ymm6, ymm11
       vpsrlq   ymm4, ymm9, 32
       vpxor    ymm10, ymm4, ymm13
       vpxor    ymm6, ymm10, ymm11
       vpxor    ymm4, ymm11, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm5
       vpxor    ymm5, ymm11, ymm7
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm10, ymm5, ymm12
       vshufps  ymm3, ymm3, ymm6, -120
       vpermpd  ymm3, ymm3, -40
       vshufps  ymm5, ymm15, ymm9, -120
       vpermpd  ymm5, ymm5, -40
       vshufps  ymm4, ymm4, ymm10, -120
       vpermpd  ymm4, ymm4, -40
       vshufps  ymm6, ymm14, ymm7, -120
       vpermpd  ymm6, ymm6, -40
       vbroadcastss ymm7, dword ptr [reloc @RWD384]
       vpand    ymm3, ymm7, ymm3
       vbroadcastss ymm8, dword ptr [reloc @RWD388]
       vpor     ymm3, ymm3, ymm8
       vpand    ymm5, ymm7, ymm5
       vpor     ymm5, ymm5, ymm8
       vpand    ymm4, ymm7, ymm4
       vpor     ymm4, ymm4, ymm8
       vpand    ymm6, ymm7, ymm6
       vpor     ymm6, ymm6, ymm8
       vunpckhps ymm7, ymm3, ymm5
       vunpcklps ymm8, ymm4, ymm6
       vunpckhps ymm4, ymm4, ymm6
       vunpcklps ymm3, ymm3, ymm5
       vunpcklpd ymm5, ymm3, ymm8
       vunpckhpd ymm3, ymm3, ymm8
       vunpcklpd ymm6, ymm7, ymm4
       vunpckhpd ymm4, ymm7, ymm4
       vperm2f128 ymm7, ymm5, ymm3, 32
       vperm2f128 ymm8, ymm6, ymm4, 32
       vperm2f128 ymm3, ymm5, ymm3, 49
 
G_M000_IG07:                ;; offset=0x04B6
       vperm2f128 ymm4, ymm6, ymm4, 49
       vmulps   ymm5, ymm7, ymm0
       vmovups  ymmword ptr [r8], ymm5
       vmulps   ymm5, ymm8, ymm0
       vmovups  ymmword ptr [r8+0x20], ymm5
       vmulps   ymm3, ymm3, ymm0
       vmovups  ymmword ptr [r8+0x40], ymm3
       vmulps   ymm3, ymm4, ymm0
       vmovups  ymmword ptr [r8+0x60], ymm3
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG08:                ;; offset=0x04F4
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h
RWD32  	dq	0000000000000004h, 0000000000000004h, 0000000000000004h, 0000000000000004h
RWD64  	dq	00000000D2511F53h
RWD72  	dq	00000000CD9E8D57h
RWD80  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD128 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD160 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD192 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD224 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD256 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD288 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD320 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD352 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD384 	dd	80000000h		;        -0
RWD388 	dd	3F800000h		;         1

; Total bytes of code 1273

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:AddProductLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+GaussianGroup[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 530 single block inlinees; 1 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss ymm0, ymm0
       vmovq    xmm1, rdi
       vpbroadcastq ymm1, ymm1
       mov      eax, esi
       vmovq    xmm2, rax
       vpbroadcastq ymm2, ymm2
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0029
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       vmovq    xmm3, rdi
       vpbroadcastq ymm3, ymm3
       vpaddq   ymm3, ymm3, ymmword ptr [reloc @RWD00]
       vpaddq   ymm4, ymm3, ymmword ptr [reloc @RWD32]
       vpsrlq   ymm5, ymm3, 32
       vpsrlq   ymm6, ymm4, 32
       vbroadcastsd ymm7, qword ptr [reloc @RWD64]
       vmovaps  ymm8, ymm7
       vbroadcastsd ymm9, qword ptr [reloc @RWD72]
       vmovaps  ymm10, ymm9
       vpmuludq ymm11, ymm3, ymm8
       vpmuludq ymm8, ymm4, ymm8
       vpmuludq ymm4, ymm2, ymm10
       vpmuludq ymm10, ymm2, ymm10
       vpsrlq   ymm3, ymm10, 32
       vpxor    ymm3, ymm3, ymm5
       vpxor    ymm3, ymm3, ymm1
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm4, ymm4, ymm1
       vpxor    ymm5, ymm1, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm6, ymm1, ymm8
       vpsrlq   ymm6, ymm6, 32
       vpaddd   ymm12, ymm1, ymmword ptr [reloc @RWD96]
       vmovaps  ymm13, ymm7
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm3, ymm13
       vpmuludq ymm13, ymm4, ymm13
       vpmuludq ymm3, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpsrlq   ymm4, ymm3, 32
       vpxor    ymm5, ymm4, ymm10
       vpxor    ymm6, ymm5, ymm12
       vpsrlq   ymm4, ymm14, 32
       vpxor    ymm4, ymm4, ymm10
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm5, ymm12, ymm15
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm5, ymm5, ymm11
       vpxor    ymm10, ymm12, ymm13
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm8, ymm10, ymm8
       vpaddd   ymm10, ymm1, ymmword ptr [reloc @RWD128]
       vmovaps  ymm11, ymm7
       vmovaps  ymm12, ymm9
       vpmuludq ymm6, ymm6, ymm11
       vpmuludq ymm11, ymm4, ymm11
       vpmuludq ymm4, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpsrlq   ymm5, ymm4, 32
       vpxor    ymm8, ymm5, ymm3
       vpxor    ymm3, ymm8, ymm10
       vpsrlq   ymm5, ymm12, 32
       vpxor    ymm5, ymm5, ymm14
 
G_M000_IG04:                ;; offset=0x0159
       vpxor    ymm5, ymm5, ymm10
       vpxor    ymm8, ymm10, ymm6
       vpsrlq   ymm8, ymm8, 32
       vpxor    ymm8, ymm8, ymm15
       vpxor    ymm10, ymm10, ymm11
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm13
       vpaddd   ymm13, ymm1, ymmword ptr [reloc @RWD160]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm3, ymm3, ymm14
       vpmuludq ymm14, ymm5, ymm14
       vpmuludq ymm5, ymm8, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm8, ymm5, 32
       vpxor    ymm10, ymm8, ymm4
       vpxor    ymm4, ymm10, ymm13
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm12
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm10, ymm13, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm6, ymm10, ymm6
       vpxor    ymm10, ymm13, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm11
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD192]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm4, ymm4, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm6, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm6, ymm8, 32
       vpxor    ymm10, ymm6, ymm5
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD224]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm5, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm3, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm3, ymm6, 32
       vpxor    ymm10, ymm3, ymm8
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
 
G_M000_IG05:                ;; offset=0x027F
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD256]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm3, ymm3, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm4, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm4, ymm8, 32
       vpxor    ymm10, ymm4, ymm6
       vpxor    ymm4, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD288]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm4, ymm4, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm5, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm5, ymm6, 32
       vpxor    ymm10, ymm5, ymm8
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD320]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm5, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm3, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm3, ymm8, 32
       vpxor    ymm10, ymm3, ymm6
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
 
G_M000_IG06:                ;; offset=0x03A5
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD352]
       vpmuludq ymm14, ymm3, ymm7
       vpmuludq ymm7, ymm6, ymm7
       vpmuludq ymm15, ymm4, ymm9
       vpmuludq ymm9, ymm10, ymm9
       vpsrlq   ymm3, ymm15, 32
       vpxor    ymm6, ymm3, ymm8
       vpxor    ymm3, ymm6, ymm11
       vpsrlq   ymm4, ymm9, 32
       vpxor    ymm10, ymm4, ymm13
       vpxor    ymm6, ymm10, ymm11
       vpxor    ymm4, ymm11, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm5
       vpxor    ymm5, ymm11, ymm7
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm10, ymm5, ymm12
       vshufps  ymm3, ymm3, ymm6, -120
       vpermpd  ymm3, ymm3, -40
       vshufps  ymm5, ymm15, ymm9, -120
       vpermpd  ymm5, ymm5, -40
       vshufps  ymm4, ymm4, ymm10, -120
       vpermpd  ymm4, ymm4, -40
       vshufps  ymm6, ymm14, ymm7, -120
       vpermpd  ymm6, ymm6, -40
       vpsrld   ymm3, ymm3, 8
       vbroadcastss ymm7, dword ptr [reloc @RWD384]
       vpaddd   ymm3, ymm3, ymm7
       vcvtdq2ps ymm3, ymm3
       vbroadcastss ymm8, dword ptr [reloc @RWD388]
       vmulps   ymm3, ymm3, ymm8
       vpsrld   ymm9, ymm3, 23
       vpaddd   ymm9, ymm9, ymmword ptr [reloc @RWD416]
       vpand    ymm3, ymm3, ymmword ptr [reloc @RWD448]
       vbroadcastss ymm10, dword ptr [reloc @RWD480]
       vpor     ymm3, ymm3, ymm10
       vpcmpgtd ymm11, ymm3, ymmword ptr [reloc @RWD512]
       vpand    ymm12, ymm11, ymmword ptr [reloc @RWD544]
       vpsubd   ymm3, ymm3, ymm12
       vpsubd   ymm9, ymm9, ymm11
       vsubps   ymm3, ymm3, ymm10
       vbroadcastss ymm11, dword ptr [reloc @RWD576]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD608]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD640]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD672]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD704]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD736]
 
G_M000_IG07:                ;; offset=0x04E8
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD768]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD800]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD832]
       vfmadd213ps ymm11, ymm3, ymm10
       vmulps   ymm3, ymm11, ymm3
       vcvtdq2ps ymm9, ymm9
       vmovaps  ymm11, ymm9
       vfmadd132ps ymm11, ymm3, ymmword ptr [reloc @RWD864]
       vmovaps  ymm3, ymm9
       vfmadd132ps ymm3, ymm11, ymmword ptr [reloc @RWD896]
       vmulps   ymm3, ymm3, ymmword ptr [reloc @RWD928]
       vsqrtps  ymm3, ymm3
       vpsrld   ymm4, ymm4, 8
       vpaddd   ymm4, ymm4, ymm7
       vcvtdq2ps ymm4, ymm4
       vmulps   ymm4, ymm4, ymm8
       vpsrld   ymm9, ymm4, 23
       vpaddd   ymm9, ymm9, ymmword ptr [reloc @RWD416]
       vpand    ymm4, ymm4, ymmword ptr [reloc @RWD448]
       vpor     ymm4, ymm4, ymm10
       vpcmpgtd ymm11, ymm4, ymmword ptr [reloc @RWD512]
       vpand    ymm12, ymm11, ymmword ptr [reloc @RWD544]
       vpsubd   ymm4, ymm4, ymm12
       vpsubd   ymm9, ymm9, ymm11
       vsubps   ymm4, ymm4, ymm10
       vbroadcastss ymm11, dword ptr [reloc @RWD576]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD608]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD640]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD672]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD704]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD736]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD768]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD800]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD832]
       vfmadd213ps ymm11, ymm4, ymm10
       vmulps   ymm4, ymm11, ymm4
       vcvtdq2ps ymm9, ymm9
       vmovaps  ymm11, ymm9
       vfmadd132ps ymm11, ymm4, ymmword ptr [reloc @RWD864]
       vmovaps  ymm4, ymm9
       vfmadd132ps ymm4, ymm11, ymmword ptr [reloc @RWD896]
       vmulps   ymm4, ymm4, ymmword ptr [reloc @RWD928]
       vsqrtps  ymm4, ymm4
       vpsrld   ymm5, ymm5, 8
       vpaddd   ymm9, ymm5, ymmword ptr [reloc @RWD960]
       vpsrld   ymm9, ymm9, 22
       vpslld   ymm11, ymm9, 22
       vpsubd   ymm5, ymm5, ymm11
       vcvtdq2ps ymm5, ymm5
       vmulps   ymm5, ymm5, ymm8
       vmulps   ymm11, ymm5, ymm5
       vbroadcastss ymm12, dword ptr [reloc @RWD992]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1024]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1056]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1088]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1120]
       vfmadd213ps ymm12, ymm11, ymm10
       vbroadcastss ymm13, dword ptr [reloc @RWD1152]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1184]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1216]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1248]
       vfmadd213ps ymm11, ymm13, ymmword ptr [reloc @RWD1280]
 
G_M000_IG08:                ;; offset=0x0695
       vmulps   ymm5, ymm11, ymm5
       vpand    ymm9, ymm9, ymmword ptr [reloc @RWD1312]
       vpand    ymm11, ymm7, ymm9
       vxorps   ymm13, ymm13, ymm13
       vpsubd   ymm11, ymm13, ymm11
       vpand    ymm13, ymm11, ymm5
       vpandn   ymm14, ymm11, ymm12
       vpor     ymm13, ymm14, ymm13
       vpand    ymm12, ymm11, ymm12
       vpandn   ymm5, ymm11, ymm5
       vpor     ymm5, ymm5, ymm12
       vpaddd   ymm11, ymm7, ymm9
       vbroadcastss ymm12, dword ptr [reloc @RWD1344]
       vpand    ymm11, ymm11, ymm12
       vpslld   ymm11, ymm11, 30
       vpand    ymm9, ymm12, ymm9
       vpslld   ymm9, ymm9, 30
       vpxor    ymm11, ymm13, ymm11
       vpxor    ymm5, ymm5, ymm9
       vpsrld   ymm6, ymm6, 8
       vpaddd   ymm9, ymm6, ymmword ptr [reloc @RWD960]
       vpsrld   ymm9, ymm9, 22
       vpslld   ymm13, ymm9, 22
       vpsubd   ymm6, ymm6, ymm13
       vcvtdq2ps ymm6, ymm6
       vmulps   ymm6, ymm6, ymm8
       vmulps   ymm8, ymm6, ymm6
       vbroadcastss ymm13, dword ptr [reloc @RWD992]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1024]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1056]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1088]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1120]
       vfmadd231ps ymm10, ymm8, ymm13
       vbroadcastss ymm13, dword ptr [reloc @RWD1152]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1184]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1216]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1248]
       vfmadd213ps ymm8, ymm13, ymmword ptr [reloc @RWD1280]
       vmulps   ymm6, ymm8, ymm6
       vpand    ymm8, ymm9, ymmword ptr [reloc @RWD1312]
       vpand    ymm9, ymm7, ymm8
       vxorps   ymm13, ymm13, ymm13
       vpsubd   ymm9, ymm13, ymm9
       vpand    ymm13, ymm9, ymm6
       vpandn   ymm14, ymm9, ymm10
       vpor     ymm13, ymm14, ymm13
       vpand    ymm10, ymm9, ymm10
       vpandn   ymm6, ymm9, ymm6
       vpor     ymm6, ymm6, ymm10
       vpaddd   ymm7, ymm7, ymm8
       vpand    ymm7, ymm7, ymm12
       vpslld   ymm7, ymm7, 30
       vpand    ymm8, ymm12, ymm8
       vpslld   ymm8, ymm8, 30
       vpxor    ymm7, ymm13, ymm7
       vpxor    ymm6, ymm6, ymm8
       vmulps   ymm8, ymm3, ymm11
 
G_M000_IG09:                ;; offset=0x07E3
       vmulps   ymm3, ymm3, ymm5
       vmulps   ymm5, ymm4, ymm7
       vmulps   ymm4, ymm4, ymm6
       vunpckhps ymm6, ymm8, ymm3
       vunpcklps ymm7, ymm5, ymm4
       vunpckhps ymm4, ymm5, ymm4
       vunpcklps ymm3, ymm8, ymm3
       vunpcklpd ymm5, ymm3, ymm7
       vunpckhpd ymm3, ymm3, ymm7
       vunpcklpd ymm7, ymm6, ymm4
       vunpckhpd ymm4, ymm6, ymm4
       vperm2f128 ymm6, ymm5, ymm3, 32
       vperm2f128 ymm8, ymm7, ymm4, 32
       vperm2f128 ymm3, ymm5, ymm3, 49
       vperm2f128 ymm4, ymm7, ymm4, 49
       vmulps   ymm5, ymm6, ymm0
       vaddps   ymm5, ymm5, ymmword ptr [r8]
       vmovups  ymmword ptr [r8], ymm5
       vmulps   ymm5, ymm8, ymm0
       vaddps   ymm5, ymm5, ymmword ptr [r8+0x20]
       vmovups  ymmword ptr [r8+0x20], ymm5
       vmulps   ymm3, ymm3, ymm0
       vaddps   ymm3, ymm3, ymmword ptr [r8+0x40]
       vmovups  ymmword ptr [r8+0x40], ymm3
       vmulps   ymm3, ymm4, ymm0
       vaddps   ymm3, ymm3, ymmword ptr [r8+0x60]
       vmovups  ymmword ptr [r8+0x60], ymm3
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x0876
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h
RWD32  	dq	0000000000000004h, 0000000000000004h, 0000000000000004h, 0000000000000004h
RWD64  	dq	00000000D2511F53h
RWD72  	dq	00000000CD9E8D57h
RWD80  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD128 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD160 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD192 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD224 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD256 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD288 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD320 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD352 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD384 	dd	00000001h		; 1.4013e-45
RWD388 	dd	33800000h		; 5.96046e-08
RWD392 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD416 	dq	FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h
RWD448 	dq	007FFFFF007FFFFFh, 007FFFFF007FFFFFh, 007FFFFF007FFFFFh, 007FFFFF007FFFFFh
RWD480 	dd	3F800000h		;         1
RWD484 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD512 	dq	3FB504F33FB504F3h, 3FB504F33FB504F3h, 3FB504F33FB504F3h, 3FB504F33FB504F3h
RWD544 	dq	0080000000800000h, 0080000000800000h, 0080000000800000h, 0080000000800000h
RWD576 	dd	BD9C151Dh		; -0.0762121
RWD580 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD608 	dq	3E0424F13E0424F1h, 3E0424F13E0424F1h, 3E0424F13E0424F1h, 3E0424F13E0424F1h
RWD640 	dq	BE079CE8BE079CE8h, BE079CE8BE079CE8h, BE079CE8BE079CE8h, BE079CE8BE079CE8h
RWD672 	dq	3E1138CD3E1138CDh, 3E1138CD3E1138CDh, 3E1138CD3E1138CDh, 3E1138CD3E1138CDh
RWD704 	dq	BE2A1388BE2A1388h, BE2A1388BE2A1388h, BE2A1388BE2A1388h, BE2A1388BE2A1388h
RWD736 	dq	3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h
RWD768 	dq	BE800214BE800214h, BE800214BE800214h, BE800214BE800214h, BE800214BE800214h
RWD800 	dq	3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h
RWD832 	dq	BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh
RWD864 	dq	3717F7D13717F7D1h, 3717F7D13717F7D1h, 3717F7D13717F7D1h, 3717F7D13717F7D1h
RWD896 	dq	3F3171803F317180h, 3F3171803F317180h, 3F3171803F317180h, 3F3171803F317180h
RWD928 	dq	C0000000C0000000h, C0000000C0000000h, C0000000C0000000h, C0000000C0000000h
RWD960 	dq	0020000000200000h, 0020000000200000h, 0020000000200000h, 0020000000200000h
RWD992 	dd	C1D368F9h		;  -26.4263
RWD996 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD1024	dq	4270FA834270FA83h, 4270FA834270FA83h, 4270FA834270FA83h, 4270FA834270FA83h
RWD1056	dq	C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h
RWD1088	dq	4281E0F84281E0F8h, 4281E0F84281E0F8h, 4281E0F84281E0F8h, 4281E0F84281E0F8h
RWD1120	dq	C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h
RWD1152	dd	42283C1Ah		;   42.0587
RWD1156	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD1184	dq	C2996966C2996966h, C2996966C2996966h, C2996966C2996966h, C2996966C2996966h
RWD1216	dq	42A335E342A335E3h, 42A335E342A335E3h, 42A335E342A335E3h, 42A335E342A335E3h
RWD1248	dq	C2255DE7C2255DE7h, C2255DE7C2255DE7h, C2255DE7C2255DE7h, C2255DE7C2255DE7h
RWD1280	dq	40C90FDB40C90FDBh, 40C90FDB40C90FDBh, 40C90FDB40C90FDBh, 40C90FDB40C90FDBh
RWD1312	dq	0000000300000003h, 0000000300000003h, 0000000300000003h, 0000000300000003h
RWD1344	dd	00000002h		; 2.8026e-45

; Total bytes of code 2171

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:FmaLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+GaussianGroup[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[ulong],System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 526 single block inlinees; 1 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss ymm0, ymm0
       vmovq    xmm1, rdi
       vpbroadcastq ymm1, ymm1
       mov      eax, esi
       vmovq    xmm2, rax
       vpbroadcastq ymm2, ymm2
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0029
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       vmovq    xmm3, rdi
       vpbroadcastq ymm3, ymm3
       vpaddq   ymm3, ymm3, ymmword ptr [reloc @RWD00]
       vpaddq   ymm4, ymm3, ymmword ptr [reloc @RWD32]
       vpsrlq   ymm5, ymm3, 32
       vpsrlq   ymm6, ymm4, 32
       vbroadcastsd ymm7, qword ptr [reloc @RWD64]
       vmovaps  ymm8, ymm7
       vbroadcastsd ymm9, qword ptr [reloc @RWD72]
       vmovaps  ymm10, ymm9
       vpmuludq ymm11, ymm3, ymm8
       vpmuludq ymm8, ymm4, ymm8
       vpmuludq ymm4, ymm2, ymm10
       vpmuludq ymm10, ymm2, ymm10
       vpsrlq   ymm3, ymm10, 32
       vpxor    ymm3, ymm3, ymm5
       vpxor    ymm3, ymm3, ymm1
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm4, ymm4, ymm1
       vpxor    ymm5, ymm1, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm6, ymm1, ymm8
       vpsrlq   ymm6, ymm6, 32
       vpaddd   ymm12, ymm1, ymmword ptr [reloc @RWD96]
       vmovaps  ymm13, ymm7
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm3, ymm13
       vpmuludq ymm13, ymm4, ymm13
       vpmuludq ymm3, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpsrlq   ymm4, ymm3, 32
       vpxor    ymm5, ymm4, ymm10
       vpxor    ymm6, ymm5, ymm12
       vpsrlq   ymm4, ymm14, 32
       vpxor    ymm4, ymm4, ymm10
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm5, ymm12, ymm15
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm5, ymm5, ymm11
       vpxor    ymm10, ymm12, ymm13
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm8, ymm10, ymm8
       vpaddd   ymm10, ymm1, ymmword ptr [reloc @RWD128]
       vmovaps  ymm11, ymm7
       vmovaps  ymm12, ymm9
       vpmuludq ymm6, ymm6, ymm11
       vpmuludq ymm11, ymm4, ymm11
       vpmuludq ymm4, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpsrlq   ymm5, ymm4, 32
       vpxor    ymm8, ymm5, ymm3
       vpxor    ymm3, ymm8, ymm10
       vpsrlq   ymm5, ymm12, 32
       vpxor    ymm5, ymm5, ymm14
 
G_M000_IG04:                ;; offset=0x0159
       vpxor    ymm5, ymm5, ymm10
       vpxor    ymm8, ymm10, ymm6
       vpsrlq   ymm8, ymm8, 32
       vpxor    ymm8, ymm8, ymm15
       vpxor    ymm10, ymm10, ymm11
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm13
       vpaddd   ymm13, ymm1, ymmword ptr [reloc @RWD160]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm3, ymm3, ymm14
       vpmuludq ymm14, ymm5, ymm14
       vpmuludq ymm5, ymm8, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm8, ymm5, 32
       vpxor    ymm10, ymm8, ymm4
       vpxor    ymm4, ymm10, ymm13
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm12
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm10, ymm13, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm6, ymm10, ymm6
       vpxor    ymm10, ymm13, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm11
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD192]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm4, ymm4, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm6, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm6, ymm8, 32
       vpxor    ymm10, ymm6, ymm5
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD224]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm5, ymm5, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm3, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm3, ymm6, 32
       vpxor    ymm10, ymm3, ymm8
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
 
G_M000_IG05:                ;; offset=0x027F
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD256]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm3, ymm3, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm4, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm4, ymm8, 32
       vpxor    ymm10, ymm4, ymm6
       vpxor    ymm4, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm3
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD288]
       vmovaps  ymm14, ymm7
       vmovaps  ymm15, ymm9
       vpmuludq ymm4, ymm4, ymm14
       vpmuludq ymm14, ymm6, ymm14
       vpmuludq ymm6, ymm5, ymm15
       vpmuludq ymm15, ymm10, ymm15
       vpsrlq   ymm5, ymm6, 32
       vpxor    ymm10, ymm5, ymm8
       vpxor    ymm5, ymm10, ymm11
       vpsrlq   ymm8, ymm15, 32
       vpxor    ymm8, ymm8, ymm13
       vpxor    ymm8, ymm8, ymm11
       vpxor    ymm10, ymm11, ymm4
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm3, ymm10, ymm3
       vpxor    ymm10, ymm11, ymm14
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm12
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD320]
       vmovaps  ymm12, ymm7
       vmovaps  ymm13, ymm9
       vpmuludq ymm5, ymm5, ymm12
       vpmuludq ymm12, ymm8, ymm12
       vpmuludq ymm8, ymm3, ymm13
       vpmuludq ymm13, ymm10, ymm13
       vpsrlq   ymm3, ymm8, 32
       vpxor    ymm10, ymm3, ymm6
       vpxor    ymm3, ymm10, ymm11
       vpsrlq   ymm6, ymm13, 32
       vpxor    ymm6, ymm6, ymm15
 
G_M000_IG06:                ;; offset=0x03A5
       vpxor    ymm6, ymm6, ymm11
       vpxor    ymm10, ymm11, ymm5
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm4, ymm10, ymm4
       vpxor    ymm10, ymm11, ymm12
       vpsrlq   ymm10, ymm10, 32
       vpxor    ymm10, ymm10, ymm14
       vpaddd   ymm11, ymm1, ymmword ptr [reloc @RWD352]
       vpmuludq ymm14, ymm3, ymm7
       vpmuludq ymm7, ymm6, ymm7
       vpmuludq ymm15, ymm4, ymm9
       vpmuludq ymm9, ymm10, ymm9
       vpsrlq   ymm3, ymm15, 32
       vpxor    ymm6, ymm3, ymm8
       vpxor    ymm3, ymm6, ymm11
       vpsrlq   ymm4, ymm9, 32
       vpxor    ymm10, ymm4, ymm13
       vpxor    ymm6, ymm10, ymm11
       vpxor    ymm4, ymm11, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpxor    ymm4, ymm4, ymm5
       vpxor    ymm5, ymm11, ymm7
       vpsrlq   ymm5, ymm5, 32
       vpxor    ymm10, ymm5, ymm12
       vshufps  ymm3, ymm3, ymm6, -120
       vpermpd  ymm3, ymm3, -40
       vshufps  ymm5, ymm15, ymm9, -120
       vpermpd  ymm5, ymm5, -40
       vshufps  ymm4, ymm4, ymm10, -120
       vpermpd  ymm4, ymm4, -40
       vshufps  ymm6, ymm14, ymm7, -120
       vpermpd  ymm6, ymm6, -40
       vpsrld   ymm3, ymm3, 8
       vbroadcastss ymm7, dword ptr [reloc @RWD384]
       vpaddd   ymm3, ymm3, ymm7
       vcvtdq2ps ymm3, ymm3
       vbroadcastss ymm8, dword ptr [reloc @RWD388]
       vmulps   ymm3, ymm3, ymm8
       vpsrld   ymm9, ymm3, 23
       vpaddd   ymm9, ymm9, ymmword ptr [reloc @RWD416]
       vpand    ymm3, ymm3, ymmword ptr [reloc @RWD448]
       vbroadcastss ymm10, dword ptr [reloc @RWD480]
       vpor     ymm3, ymm3, ymm10
       vpcmpgtd ymm11, ymm3, ymmword ptr [reloc @RWD512]
       vpand    ymm12, ymm11, ymmword ptr [reloc @RWD544]
       vpsubd   ymm3, ymm3, ymm12
       vpsubd   ymm9, ymm9, ymm11
       vsubps   ymm3, ymm3, ymm10
       vbroadcastss ymm11, dword ptr [reloc @RWD576]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD608]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD640]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD672]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD704]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD736]
 
G_M000_IG07:                ;; offset=0x04E8
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD768]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD800]
       vfmadd213ps ymm11, ymm3, ymmword ptr [reloc @RWD832]
       vfmadd213ps ymm11, ymm3, ymm10
       vmulps   ymm3, ymm11, ymm3
       vcvtdq2ps ymm9, ymm9
       vmovaps  ymm11, ymm9
       vfmadd132ps ymm11, ymm3, ymmword ptr [reloc @RWD864]
       vmovaps  ymm3, ymm9
       vfmadd132ps ymm3, ymm11, ymmword ptr [reloc @RWD896]
       vmulps   ymm3, ymm3, ymmword ptr [reloc @RWD928]
       vsqrtps  ymm3, ymm3
       vpsrld   ymm4, ymm4, 8
       vpaddd   ymm4, ymm4, ymm7
       vcvtdq2ps ymm4, ymm4
       vmulps   ymm4, ymm4, ymm8
       vpsrld   ymm9, ymm4, 23
       vpaddd   ymm9, ymm9, ymmword ptr [reloc @RWD416]
       vpand    ymm4, ymm4, ymmword ptr [reloc @RWD448]
       vpor     ymm4, ymm4, ymm10
       vpcmpgtd ymm11, ymm4, ymmword ptr [reloc @RWD512]
       vpand    ymm12, ymm11, ymmword ptr [reloc @RWD544]
       vpsubd   ymm4, ymm4, ymm12
       vpsubd   ymm9, ymm9, ymm11
       vsubps   ymm4, ymm4, ymm10
       vbroadcastss ymm11, dword ptr [reloc @RWD576]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD608]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD640]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD672]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD704]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD736]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD768]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD800]
       vfmadd213ps ymm11, ymm4, ymmword ptr [reloc @RWD832]
       vfmadd213ps ymm11, ymm4, ymm10
       vmulps   ymm4, ymm11, ymm4
       vcvtdq2ps ymm9, ymm9
       vmovaps  ymm11, ymm9
       vfmadd132ps ymm11, ymm4, ymmword ptr [reloc @RWD864]
       vmovaps  ymm4, ymm9
       vfmadd132ps ymm4, ymm11, ymmword ptr [reloc @RWD896]
       vmulps   ymm4, ymm4, ymmword ptr [reloc @RWD928]
       vsqrtps  ymm4, ymm4
       vpsrld   ymm5, ymm5, 8
       vpaddd   ymm9, ymm5, ymmword ptr [reloc @RWD960]
       vpsrld   ymm9, ymm9, 22
       vpslld   ymm11, ymm9, 22
       vpsubd   ymm5, ymm5, ymm11
       vcvtdq2ps ymm5, ymm5
       vmulps   ymm5, ymm5, ymm8
       vmulps   ymm11, ymm5, ymm5
       vbroadcastss ymm12, dword ptr [reloc @RWD992]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1024]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1056]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1088]
       vfmadd213ps ymm12, ymm11, ymmword ptr [reloc @RWD1120]
       vfmadd213ps ymm12, ymm11, ymm10
       vbroadcastss ymm13, dword ptr [reloc @RWD1152]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1184]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1216]
       vfmadd213ps ymm13, ymm11, ymmword ptr [reloc @RWD1248]
       vfmadd213ps ymm11, ymm13, ymmword ptr [reloc @RWD1280]
 
G_M000_IG08:                ;; offset=0x0695
       vmulps   ymm5, ymm11, ymm5
       vpand    ymm9, ymm9, ymmword ptr [reloc @RWD1312]
       vpand    ymm11, ymm7, ymm9
       vxorps   ymm13, ymm13, ymm13
       vpsubd   ymm11, ymm13, ymm11
       vpand    ymm13, ymm11, ymm5
       vpandn   ymm14, ymm11, ymm12
       vpor     ymm13, ymm14, ymm13
       vpand    ymm12, ymm11, ymm12
       vpandn   ymm5, ymm11, ymm5
       vpor     ymm5, ymm5, ymm12
       vpaddd   ymm11, ymm7, ymm9
       vbroadcastss ymm12, dword ptr [reloc @RWD1344]
       vpand    ymm11, ymm11, ymm12
       vpslld   ymm11, ymm11, 30
       vpand    ymm9, ymm12, ymm9
       vpslld   ymm9, ymm9, 30
       vpxor    ymm11, ymm13, ymm11
       vpxor    ymm5, ymm5, ymm9
       vpsrld   ymm6, ymm6, 8
       vpaddd   ymm9, ymm6, ymmword ptr [reloc @RWD960]
       vpsrld   ymm9, ymm9, 22
       vpslld   ymm13, ymm9, 22
       vpsubd   ymm6, ymm6, ymm13
       vcvtdq2ps ymm6, ymm6
       vmulps   ymm6, ymm6, ymm8
       vmulps   ymm8, ymm6, ymm6
       vbroadcastss ymm13, dword ptr [reloc @RWD992]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1024]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1056]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1088]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1120]
       vfmadd231ps ymm10, ymm8, ymm13
       vbroadcastss ymm13, dword ptr [reloc @RWD1152]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1184]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1216]
       vfmadd213ps ymm13, ymm8, ymmword ptr [reloc @RWD1248]
       vfmadd213ps ymm8, ymm13, ymmword ptr [reloc @RWD1280]
       vmulps   ymm6, ymm8, ymm6
       vpand    ymm8, ymm9, ymmword ptr [reloc @RWD1312]
       vpand    ymm9, ymm7, ymm8
       vxorps   ymm13, ymm13, ymm13
       vpsubd   ymm9, ymm13, ymm9
       vpand    ymm13, ymm9, ymm6
       vpandn   ymm14, ymm9, ymm10
       vpor     ymm13, ymm14, ymm13
       vpand    ymm10, ymm9, ymm10
       vpandn   ymm6, ymm9, ymm6
       vpor     ymm6, ymm6, ymm10
       vpaddd   ymm7, ymm7, ymm8
       vpand    ymm7, ymm7, ymm12
       vpslld   ymm7, ymm7, 30
       vpand    ymm8, ymm12, ymm8
       vpslld   ymm8, ymm8, 30
       vpxor    ymm7, ymm13, ymm7
       vpxor    ymm6, ymm6, ymm8
       vmulps   ymm8, ymm3, ymm11
 
G_M000_IG09:                ;; offset=0x07E3
       vmulps   ymm3, ymm3, ymm5
       vmulps   ymm5, ymm4, ymm7
       vmulps   ymm4, ymm4, ymm6
       vunpckhps ymm6, ymm8, ymm3
       vunpcklps ymm7, ymm5, ymm4
       vunpckhps ymm4, ymm5, ymm4
       vunpcklps ymm3, ymm8, ymm3
       vunpcklpd ymm5, ymm3, ymm7
       vunpckhpd ymm3, ymm3, ymm7
       vunpcklpd ymm7, ymm6, ymm4
       vunpckhpd ymm4, ymm6, ymm4
       vperm2f128 ymm6, ymm5, ymm3, 32
       vperm2f128 ymm8, ymm7, ymm4, 32
       vperm2f128 ymm3, ymm5, ymm3, 49
       vperm2f128 ymm4, ymm7, ymm4, 49
       vfmadd213ps ymm6, ymm0, ymmword ptr [r8]
       vmovups  ymmword ptr [r8], ymm6
       vfmadd213ps ymm8, ymm0, ymmword ptr [r8+0x20]
       vmovups  ymmword ptr [r8+0x20], ymm8
       vfmadd213ps ymm3, ymm0, ymmword ptr [r8+0x40]
       vmovups  ymmword ptr [r8+0x40], ymm3
       vfmadd213ps ymm4, ymm0, ymmword ptr [r8+0x60]
       vmovups  ymmword ptr [r8+0x60], ymm4
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x0866
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h
RWD32  	dq	0000000000000004h, 0000000000000004h, 0000000000000004h, 0000000000000004h
RWD64  	dq	00000000D2511F53h
RWD72  	dq	00000000CD9E8D57h
RWD80  	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD128 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD160 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD192 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD224 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD256 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD288 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD320 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD352 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD384 	dd	00000001h		; 1.4013e-45
RWD388 	dd	33800000h		; 5.96046e-08
RWD392 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD416 	dq	FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h, FFFFFF81FFFFFF81h
RWD448 	dq	007FFFFF007FFFFFh, 007FFFFF007FFFFFh, 007FFFFF007FFFFFh, 007FFFFF007FFFFFh
RWD480 	dd	3F800000h		;         1
RWD484 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD512 	dq	3FB504F33FB504F3h, 3FB504F33FB504F3h, 3FB504F33FB504F3h, 3FB504F33FB504F3h
RWD544 	dq	0080000000800000h, 0080000000800000h, 0080000000800000h, 0080000000800000h
RWD576 	dd	BD9C151Dh		; -0.0762121
RWD580 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD608 	dq	3E0424F13E0424F1h, 3E0424F13E0424F1h, 3E0424F13E0424F1h, 3E0424F13E0424F1h
RWD640 	dq	BE079CE8BE079CE8h, BE079CE8BE079CE8h, BE079CE8BE079CE8h, BE079CE8BE079CE8h
RWD672 	dq	3E1138CD3E1138CDh, 3E1138CD3E1138CDh, 3E1138CD3E1138CDh, 3E1138CD3E1138CDh
RWD704 	dq	BE2A1388BE2A1388h, BE2A1388BE2A1388h, BE2A1388BE2A1388h, BE2A1388BE2A1388h
RWD736 	dq	3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h, 3E4CD1F63E4CD1F6h
RWD768 	dq	BE800214BE800214h, BE800214BE800214h, BE800214BE800214h, BE800214BE800214h
RWD800 	dq	3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h, 3EAAAAA83EAAAAA8h
RWD832 	dq	BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh, BEFFFFFCBEFFFFFCh
RWD864 	dq	3717F7D13717F7D1h, 3717F7D13717F7D1h, 3717F7D13717F7D1h, 3717F7D13717F7D1h
RWD896 	dq	3F3171803F317180h, 3F3171803F317180h, 3F3171803F317180h, 3F3171803F317180h
RWD928 	dq	C0000000C0000000h, C0000000C0000000h, C0000000C0000000h, C0000000C0000000h
RWD960 	dq	0020000000200000h, 0020000000200000h, 0020000000200000h, 0020000000200000h
RWD992 	dd	C1D368F9h		;  -26.4263
RWD996 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD1024	dq	4270FA834270FA83h, 4270FA834270FA83h, 4270FA834270FA83h, 4270FA834270FA83h
RWD1056	dq	C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h, C2AAE9E4C2AAE9E4h
RWD1088	dq	4281E0F84281E0F8h, 4281E0F84281E0F8h, 4281E0F84281E0F8h, 4281E0F84281E0F8h
RWD1120	dq	C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h, C19DE9E6C19DE9E6h
RWD1152	dd	42283C1Ah		;   42.0587
RWD1156	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h
RWD1184	dq	C2996966C2996966h, C2996966C2996966h, C2996966C2996966h, C2996966C2996966h
RWD1216	dq	42A335E342A335E3h, 42A335E342A335E3h, 42A335E342A335E3h, 42A335E342A335E3h
RWD1248	dq	C2255DE7C2255DE7h, C2255DE7C2255DE7h, C2255DE7C2255DE7h, C2255DE7C2255DE7h
RWD1280	dq	40C90FDB40C90FDBh, 40C90FDB40C90FDBh, 40C90FDB40C90FDBh, 40C90FDB40C90FDBh
RWD1312	dq	0000000300000003h, 0000000300000003h, 0000000300000003h, 0000000300000003h
RWD1344	dd	00000002h		; 2.8026e-45

; Total bytes of code 2155

