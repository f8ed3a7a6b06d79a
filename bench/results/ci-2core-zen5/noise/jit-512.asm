; Assembly listing for method ZoEngine.Noise.NoiseStream:Words(ulong,uint,ulong,System.Span`1[uint],int) (Tier0)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
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
       vmovdqu32 zmmword ptr [rbp-0x90], zmm8
       vmovdqu  ymmword ptr [rbp-0x50], ymm8
       mov      dword ptr [rbp-0x30], eax
       mov      qword ptr [rbp-0x08], rdi
       mov      dword ptr [rbp-0x0C], esi
       mov      qword ptr [rbp-0x18], rdx
       mov      bword ptr [rbp-0x28], rcx
       mov      qword ptr [rbp-0x20], r8
       mov      dword ptr [rbp-0x2C], r9d
 
G_M000_IG02:                ;; offset=0x0047
       mov      eax, dword ptr [rbp-0x20]
       and      eax, 63
       test     eax, eax
       je       G_M000_IG04
 
G_M000_IG03:                ;; offset=0x0055
       lea      rdi, [rbp-0x58]
       mov      esi, 90
       mov      edx, 1
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:.ctor(int,int):this]
       mov      edi, 0x3E00
       mov      rsi, 0x7FDCC5BF1070
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x80], rax
       mov      rsi, gword ptr [rbp-0x80]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       lea      rdi, [rbp-0x58]
       mov      esi, dword ptr [rbp-0x20]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, 656
       mov      rsi, 0x7FDCC5BF1070
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x88], rax
       mov      rsi, gword ptr [rbp-0x88]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       mov      rdi, 0x7FDCC568CD28
       call     CORINFO_HELP_NEWSFAST
       mov      gword ptr [rbp-0x78], rax
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      gword ptr [rbp-0x90], rax
       mov      edi, 0xCA5
       mov      rsi, 0x7FDCC5BF1070
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x98], rax
       mov      rsi, gword ptr [rbp-0x90]
       mov      rdx, gword ptr [rbp-0x98]
       mov      rdi, gword ptr [rbp-0x78]
       call     [System.ArgumentException:.ctor(System.String,System.String):this]
       mov      rdi, gword ptr [rbp-0x78]
       call     CORINFO_HELP_THROW
       int3     
 
G_M000_IG04:                ;; offset=0x012C
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
 
G_M000_IG05:                ;; offset=0x01C3
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
 
G_M000_IG06:                ;; offset=0x01EE
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
 
G_M000_IG07:                ;; offset=0x0220
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
 
G_M000_IG08:                ;; offset=0x0248
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
 
G_M000_IG09:                ;; offset=0x0270
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      ecx, dword ptr [rbp-0x30]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes1,uint,float]:Words(ulong,uint,ulong,int,ptr)]
 
G_M000_IG10:                ;; offset=0x0288
       xor      eax, eax
       mov      bword ptr [rbp-0x68], rax
 
G_M000_IG11:                ;; offset=0x028E
       add      rsp, 160
       pop      rbp
       ret      
 
; Total bytes of code 663

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:Words(ulong,uint,ulong,int,ptr) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 279 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vpbroadcastq zmm0, rdi
       mov      eax, esi
       vpbroadcastq zmm1, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG07
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x001C
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm2, rdi
       vpaddq   zmm2, zmm2, zmmword ptr [reloc @RWD00]
       vpaddq   zmm3, zmm2, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm4, zmm2, 32
       vpsrlq   zmm5, zmm3, 32
       vbroadcastsd zmm6, qword ptr [reloc @RWD72]
       vmovaps  zmm7, zmm6
       vbroadcastsd zmm8, qword ptr [reloc @RWD80]
       vmovaps  zmm9, zmm8
       vpmuludq zmm10, zmm2, zmm7
       vpmuludq zmm7, zmm3, zmm7
       vpmuludq zmm3, zmm1, zmm9
       vpsrlq   zmm9, zmm3, 32
       vmovaps  zmm2, zmm4
       vpternlogq zmm2, zmm0, zmm9, -106
       vpternlogq zmm5, zmm0, zmm9, -106
       vpxord   zmm4, zmm0, zmm10
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm9, zmm0, zmm7
       vpsrlq   zmm9, zmm9, 32
       vpaddd   zmm11, zmm0, zmmword ptr [reloc @RWD128]
       vmovaps  zmm12, zmm6
       vmovaps  zmm13, zmm8
       vpmuludq zmm14, zmm2, zmm12
       vpmuludq zmm12, zmm5, zmm12
       vpmuludq zmm2, zmm4, zmm13
       vpmuludq zmm5, zmm9, zmm13
       vpsrlq   zmm4, zmm2, 32
       vmovaps  zmm9, zmm3
       vpternlogq zmm9, zmm4, zmm11, -106
       vpsrlq   zmm4, zmm5, 32
       vpternlogq zmm3, zmm4, zmm11, -106
       vpxord   zmm4, zmm11, zmm14
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm10
       vpxord   zmm10, zmm11, zmm12
       vpsrlq   zmm10, zmm10, 32
       vpxord   zmm7, zmm10, zmm7
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD192]
       vmovaps  zmm11, zmm6
       vmovaps  zmm13, zmm8
       vpmuludq zmm15, zmm9, zmm11
       vpmuludq zmm11, zmm3, zmm11
       vpmuludq zmm9, zmm4, zmm13
       vpmuludq zmm3, zmm7, zmm13
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm2, zmm4, zmm10, -106
       vpsrlq   zmm7, zmm3, 32
       vpternlogq zmm5, zmm7, zmm10, -106
       vpxord   zmm4, zmm10, zmm15
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm14
       vpxord   zmm7, zmm10, zmm11
 
G_M000_IG04:                ;; offset=0x018F
       vpsrlq   zmm7, zmm7, 32
       vpxord   zmm7, zmm7, zmm12
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD256]
       vmovaps  zmm12, zmm6
       vmovaps  zmm13, zmm8
       vpmuludq zmm14, zmm2, zmm12
       vpmuludq zmm12, zmm5, zmm12
       vpmuludq zmm2, zmm4, zmm13
       vpmuludq zmm5, zmm7, zmm13
       vpsrlq   zmm4, zmm2, 32
       vpternlogq zmm9, zmm4, zmm10, -106
       vpsrlq   zmm7, zmm5, 32
       vpternlogq zmm3, zmm7, zmm10, -106
       vpxord   zmm4, zmm10, zmm14
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm15
       vpxord   zmm7, zmm10, zmm12
       vpsrlq   zmm7, zmm7, 32
       vpxord   zmm7, zmm7, zmm11
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD320]
       vmovaps  zmm11, zmm6
       vmovaps  zmm13, zmm8
       vpmuludq zmm15, zmm9, zmm11
       vpmuludq zmm11, zmm3, zmm11
       vpmuludq zmm9, zmm4, zmm13
       vpmuludq zmm3, zmm7, zmm13
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm2, zmm4, zmm10, -106
       vpsrlq   zmm7, zmm3, 32
       vpternlogq zmm5, zmm7, zmm10, -106
       vpxord   zmm4, zmm10, zmm15
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm14
       vpxord   zmm7, zmm10, zmm11
       vpsrlq   zmm7, zmm7, 32
       vpxord   zmm7, zmm7, zmm12
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD384]
       vmovaps  zmm12, zmm6
       vmovaps  zmm13, zmm8
       vpmuludq zmm14, zmm2, zmm12
       vpmuludq zmm12, zmm5, zmm12
       vpmuludq zmm2, zmm4, zmm13
       vpmuludq zmm5, zmm7, zmm13
       vpsrlq   zmm4, zmm2, 32
       vpternlogq zmm9, zmm4, zmm10, -106
       vpsrlq   zmm7, zmm5, 32
       vpternlogq zmm3, zmm7, zmm10, -106
       vpxord   zmm4, zmm10, zmm14
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm15
       vpxord   zmm7, zmm10, zmm12
       vpsrlq   zmm7, zmm7, 32
       vpxord   zmm7, zmm7, zmm11
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD448]
       vmovaps  zmm11, zmm6
 
G_M000_IG05:                ;; offset=0x02FC
       vmovaps  zmm13, zmm8
       vpmuludq zmm15, zmm9, zmm11
       vpmuludq zmm11, zmm3, zmm11
       vpmuludq zmm9, zmm4, zmm13
       vpmuludq zmm3, zmm7, zmm13
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm2, zmm4, zmm10, -106
       vpsrlq   zmm7, zmm3, 32
       vpternlogq zmm5, zmm7, zmm10, -106
       vpxord   zmm4, zmm10, zmm15
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm14
       vpxord   zmm7, zmm10, zmm11
       vpsrlq   zmm7, zmm7, 32
       vpxord   zmm7, zmm7, zmm12
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD512]
       vmovaps  zmm12, zmm6
       vmovaps  zmm13, zmm8
       vpmuludq zmm14, zmm2, zmm12
       vpmuludq zmm12, zmm5, zmm12
       vpmuludq zmm2, zmm4, zmm13
       vpmuludq zmm5, zmm7, zmm13
       vpsrlq   zmm4, zmm2, 32
       vpternlogq zmm9, zmm4, zmm10, -106
       vpsrlq   zmm7, zmm5, 32
       vpternlogq zmm3, zmm7, zmm10, -106
       vpxord   zmm4, zmm10, zmm14
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm15
       vpxord   zmm7, zmm10, zmm12
       vpsrlq   zmm7, zmm7, 32
       vpxord   zmm7, zmm7, zmm11
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD576]
       vmovaps  zmm11, zmm6
       vmovaps  zmm13, zmm8
       vpmuludq zmm15, zmm9, zmm11
       vpmuludq zmm11, zmm3, zmm11
       vpmuludq zmm9, zmm4, zmm13
       vpmuludq zmm3, zmm7, zmm13
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm2, zmm4, zmm10, -106
       vpsrlq   zmm7, zmm3, 32
       vpternlogq zmm5, zmm7, zmm10, -106
       vpxord   zmm4, zmm10, zmm15
       vpsrlq   zmm4, zmm4, 32
       vpxord   zmm4, zmm4, zmm14
       vpxord   zmm7, zmm10, zmm11
       vpsrlq   zmm7, zmm7, 32
       vpxord   zmm7, zmm7, zmm12
       vpaddd   zmm10, zmm0, zmmword ptr [reloc @RWD640]
       vpmuludq zmm12, zmm2, zmm6
       vpmuludq zmm6, zmm5, zmm6
       vpmuludq zmm13, zmm4, zmm8
       vpmuludq zmm8, zmm7, zmm8
 
G_M000_IG06:                ;; offset=0x045E
       vpsrlq   zmm2, zmm13, 32
       vpternlogq zmm9, zmm2, zmm10, -106
       vmovaps  zmm2, zmm9
       vpsrlq   zmm5, zmm8, 32
       vpternlogq zmm3, zmm5, zmm10, -106
       vmovaps  zmm5, zmm3
       vpxord   zmm4, zmm10, zmm12
       vpsrlq   zmm7, zmm4, 32
       vpxord   zmm4, zmm7, zmm15
       vpxord   zmm3, zmm10, zmm6
       vpsrlq   zmm3, zmm3, 32
       vpxord   zmm7, zmm3, zmm11
       vmovups  zmm3, zmmword ptr [reloc @RWD704]
       vpermt2d zmm2, zmm3, zmm5
       vpermt2d zmm13, zmm3, zmm8
       vpermt2d zmm4, zmm3, zmm7
       vpermt2d zmm12, zmm3, zmm6
       vmovups  zmm3, zmmword ptr [reloc @RWD768]
       vmovups  zmm5, zmmword ptr [reloc @RWD832]
       vmovaps  zmm6, zmm2
       vpermt2d zmm6, zmm3, zmm13
       vpermt2d zmm2, zmm5, zmm13
       vpermi2d zmm3, zmm4, zmm12
       vpermt2d zmm4, zmm5, zmm12
       vmovups  zmm5, zmmword ptr [reloc @RWD896]
       vmovups  zmm7, zmmword ptr [reloc @RWD960]
       vmovaps  zmm8, zmm6
       vpermt2q zmm8, zmm5, zmm3
       vpermt2q zmm6, zmm7, zmm3
       vpermi2q zmm5, zmm2, zmm4
       vpermt2q zmm2, zmm7, zmm4
       vmovups  zmmword ptr [r8], zmm8
       vmovups  zmmword ptr [r8+0x40], zmm6
       vmovups  zmmword ptr [r8+0x80], zmm5
       vmovups  zmmword ptr [r8+0xC0], zmm2
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG07:                ;; offset=0x055E
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD128 	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD192 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD256 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD320 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD384 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD448 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD512 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD576 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD640 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD704 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD768 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD832 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD896 	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD960 	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 1379

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:SetLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+GaussianGroup[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 518 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       vpbroadcastq zmm1, rdi
       mov      eax, esi
       vpbroadcastq zmm2, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0022
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm3, rdi
       vpaddq   zmm3, zmm3, zmmword ptr [reloc @RWD00]
       vpaddq   zmm4, zmm3, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm5, zmm3, 32
       vpsrlq   zmm6, zmm4, 32
       vbroadcastsd zmm7, qword ptr [reloc @RWD72]
       vmovaps  zmm8, zmm7
       vbroadcastsd zmm9, qword ptr [reloc @RWD80]
       vmovaps  zmm10, zmm9
       vpmuludq zmm11, zmm3, zmm8
       vpmuludq zmm8, zmm4, zmm8
       vpmuludq zmm4, zmm2, zmm10
       vpmuludq zmm10, zmm2, zmm10
       vpsrlq   zmm3, zmm10, 32
       vpternlogq zmm5, zmm3, zmm1, -106
       vmovaps  zmm3, zmm5
       vpsrlq   zmm4, zmm4, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpxord   zmm5, zmm1, zmm11
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm6, zmm1, zmm8
       vpsrlq   zmm6, zmm6, 32
       vpaddd   zmm12, zmm1, zmmword ptr [reloc @RWD128]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm6, zmm14
       vpsrlq   zmm5, zmm3, 32
       vmovaps  zmm6, zmm10
       vpternlogq zmm6, zmm5, zmm12, -106
       vpsrlq   zmm5, zmm4, 32
       vpternlogq zmm10, zmm5, zmm12, -106
       vpxord   zmm5, zmm12, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm11
       vpxord   zmm11, zmm12, zmm13
       vpsrlq   zmm11, zmm11, 32
       vpxord   zmm8, zmm11, zmm8
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD192]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
 
G_M000_IG04:                ;; offset=0x0195
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD256]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD320]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD384]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
 
G_M000_IG05:                ;; offset=0x02F8
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD448]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD512]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD576]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD640]
 
G_M000_IG06:                ;; offset=0x045F
       vpmuludq zmm13, zmm3, zmm7
       vpmuludq zmm7, zmm4, zmm7
       vpmuludq zmm14, zmm5, zmm9
       vpmuludq zmm9, zmm8, zmm9
       vpsrlq   zmm3, zmm14, 32
       vpternlogq zmm6, zmm3, zmm11, -106
       vmovaps  zmm3, zmm6
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm10, zmm4, zmm11, -106
       vmovaps  zmm4, zmm10
       vpxord   zmm5, zmm11, zmm13
       vpsrlq   zmm8, zmm5, 32
       vpxord   zmm5, zmm8, zmm16
       vpxord   zmm6, zmm11, zmm7
       vpsrlq   zmm6, zmm6, 32
       vpxord   zmm8, zmm6, zmm12
       vmovups  zmm6, zmmword ptr [reloc @RWD704]
       vpermt2d zmm3, zmm6, zmm4
       vpermt2d zmm14, zmm6, zmm9
       vpermt2d zmm5, zmm6, zmm8
       vpermt2d zmm13, zmm6, zmm7
       vpsrld   zmm3, zmm3, 8
       vbroadcastss zmm4, dword ptr [reloc @RWD768]
       vpaddd   zmm3, zmm3, zmm4
       vcvtdq2ps zmm3, zmm3
       vbroadcastss zmm6, dword ptr [reloc @RWD772]
       vmulps   zmm3, zmm3, zmm6
       vpsrld   zmm7, zmm3, 23
       vpaddd   zmm7, zmm7, dword ptr [reloc @RWD776] {1to16}
       vbroadcastss zmm8, dword ptr [reloc @RWD780]
       vpternlogd zmm3, zmm8, dword ptr [reloc @RWD784] {1to16}, -20
       vpcmpgtd k1, zmm3, dword ptr [reloc @RWD788] {1to16}
       vpmovm2d zmm9, k1
       vpandd   zmm10, zmm9, dword ptr [reloc @RWD792] {1to16}
       vpsubd   zmm3, zmm3, zmm10
       vpsubd   zmm7, zmm7, zmm9
       vsubps   zmm3, zmm3, zmm8
       vbroadcastss zmm9, dword ptr [reloc @RWD796]
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD800] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD804] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD808] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD812] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD816] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD820] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD824] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD828] {1to16}
       vfmadd213ps zmm9, zmm3, zmm8
       vmulps   zmm3, zmm9, zmm3
       vcvtdq2ps zmm7, zmm7
       vmovaps  zmm9, zmm7
       vfmadd132ps zmm9, zmm3, dword ptr [reloc @RWD832] {1to16}
       vmovaps  zmm3, zmm7
       vfmadd132ps zmm3, zmm9, dword ptr [reloc @RWD836] {1to16}
       vmulps   zmm3, zmm3, dword ptr [reloc @RWD840] {1to16}
       vsqrtps  zmm3, zmm3
       vpsrld   zmm5, zmm5, 8
       vpaddd   zmm5, zmm5, zmm4
       vcvtdq2ps zmm5, zmm5
       vmulps   zmm5, zmm5, zmm6
 
G_M000_IG07:                ;; offset=0x061B
       vpsrld   zmm7, zmm5, 23
       vpaddd   zmm7, zmm7, dword ptr [reloc @RWD776] {1to16}
       vpternlogd zmm5, zmm8, dword ptr [reloc @RWD784] {1to16}, -20
       vpcmpgtd k1, zmm5, dword ptr [reloc @RWD788] {1to16}
       vpmovm2d zmm9, k1
       vpandd   zmm10, zmm9, dword ptr [reloc @RWD792] {1to16}
       vpsubd   zmm5, zmm5, zmm10
       vpsubd   zmm7, zmm7, zmm9
       vsubps   zmm5, zmm5, zmm8
       vbroadcastss zmm9, dword ptr [reloc @RWD796]
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD800] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD804] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD808] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD812] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD816] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD820] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD824] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD828] {1to16}
       vfmadd213ps zmm9, zmm5, zmm8
       vmulps   zmm5, zmm9, zmm5
       vcvtdq2ps zmm7, zmm7
       vmovaps  zmm9, zmm7
       vfmadd132ps zmm9, zmm5, dword ptr [reloc @RWD832] {1to16}
       vmovaps  zmm5, zmm7
       vfmadd132ps zmm5, zmm9, dword ptr [reloc @RWD836] {1to16}
       vmulps   zmm5, zmm5, dword ptr [reloc @RWD840] {1to16}
       vsqrtps  zmm5, zmm5
       vpsrld   zmm7, zmm14, 8
       vpaddd   zmm9, zmm7, dword ptr [reloc @RWD844] {1to16}
       vpsrld   zmm9, zmm9, 22
       vpslld   zmm10, zmm9, 22
       vpsubd   zmm7, zmm7, zmm10
       vcvtdq2ps zmm7, zmm7
       vmulps   zmm7, zmm7, zmm6
       vmulps   zmm10, zmm7, zmm7
       vbroadcastss zmm11, dword ptr [reloc @RWD848]
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD852] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD856] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD860] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD864] {1to16}
       vfmadd213ps zmm11, zmm10, zmm8
       vbroadcastss zmm12, dword ptr [reloc @RWD868]
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD872] {1to16}
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD876] {1to16}
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD880] {1to16}
       vfmadd213ps zmm10, zmm12, dword ptr [reloc @RWD884] {1to16}
       vmulps   zmm7, zmm10, zmm7
       vpandd   zmm9, zmm9, dword ptr [reloc @RWD888] {1to16}
       vpandd   zmm10, zmm4, zmm9
       vxorps   ymm12, ymm12, ymm12
       vpsubd   zmm10, zmm12, zmm10
       vmovaps  zmm12, zmm10
       vpternlogd zmm12, zmm7, zmm11, -54
       vpternlogd zmm10, zmm11, zmm7, -54
       vpaddd   zmm7, zmm4, zmm9
       vbroadcastss zmm11, dword ptr [reloc @RWD892]
       vpandd   zmm7, zmm7, zmm11
       vpslld   zmm7, zmm7, 30
       vpandd   zmm9, zmm11, zmm9
 
G_M000_IG08:                ;; offset=0x07F8
       vpslld   zmm9, zmm9, 30
       vpxord   zmm7, zmm12, zmm7
       vpxord   zmm9, zmm10, zmm9
       vpsrld   zmm10, zmm13, 8
       vpaddd   zmm12, zmm10, dword ptr [reloc @RWD844] {1to16}
       vpsrld   zmm12, zmm12, 22
       vpslld   zmm13, zmm12, 22
       vpsubd   zmm10, zmm10, zmm13
       vcvtdq2ps zmm10, zmm10
       vmulps   zmm6, zmm10, zmm6
       vmulps   zmm10, zmm6, zmm6
       vbroadcastss zmm13, dword ptr [reloc @RWD848]
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD852] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD856] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD860] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD864] {1to16}
       vfmadd231ps zmm8, zmm10, zmm13
       vbroadcastss zmm13, dword ptr [reloc @RWD868]
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD872] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD876] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD880] {1to16}
       vfmadd213ps zmm10, zmm13, dword ptr [reloc @RWD884] {1to16}
       vmulps   zmm6, zmm10, zmm6
       vpandd   zmm10, zmm12, dword ptr [reloc @RWD888] {1to16}
       vpandd   zmm12, zmm4, zmm10
       vxorps   ymm13, ymm13, ymm13
       vpsubd   zmm12, zmm13, zmm12
       vmovaps  zmm13, zmm12
       vpternlogd zmm13, zmm6, zmm8, -54
       vpternlogd zmm12, zmm8, zmm6, -54
       vpaddd   zmm4, zmm4, zmm10
       vpandd   zmm4, zmm4, zmm11
       vpslld   zmm4, zmm4, 30
       vpandd   zmm6, zmm11, zmm10
       vpslld   zmm6, zmm6, 30
       vpxord   zmm4, zmm13, zmm4
       vpxord   zmm6, zmm12, zmm6
       vmulps   zmm7, zmm3, zmm7
       vmulps   zmm3, zmm3, zmm9
       vmulps   zmm4, zmm5, zmm4
       vmulps   zmm5, zmm5, zmm6
       vmovups  zmm6, zmmword ptr [reloc @RWD896]
       vmovups  zmm8, zmmword ptr [reloc @RWD960]
       vmovaps  zmm9, zmm7
       vpermt2d zmm9, zmm6, zmm3
       vpermt2d zmm7, zmm8, zmm3
       vpermi2d zmm6, zmm4, zmm5
       vpermt2d zmm4, zmm8, zmm5
       vmovups  zmm3, zmmword ptr [reloc @RWD1024]
       vmovups  zmm5, zmmword ptr [reloc @RWD1088]
       vmovaps  zmm8, zmm9
       vpermt2q zmm8, zmm3, zmm6
       vpermt2q zmm9, zmm5, zmm6
       vpermi2q zmm3, zmm7, zmm4
       vpermt2q zmm7, zmm5, zmm4
       vmulps   zmm4, zmm0, zmm8
       vmovups  zmmword ptr [r8], zmm4
       vmulps   zmm4, zmm0, zmm9
 
G_M000_IG09:                ;; offset=0x099B
       vmovups  zmmword ptr [r8+0x40], zmm4
       vmulps   zmm3, zmm0, zmm3
       vmovups  zmmword ptr [r8+0x80], zmm3
       vmulps   zmm3, zmm0, zmm7
       vmovups  zmmword ptr [r8+0xC0], zmm3
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x09CD
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD128 	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD192 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD256 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD320 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD384 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD448 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD512 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD576 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD640 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD704 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD768 	dd	00000001h		; 1.4013e-45
RWD772 	dd	33800000h		; 5.96046e-08
RWD776 	dd	FFFFFF81h
RWD780 	dd	3F800000h		;         1
RWD784 	dd	007FFFFFh
RWD788 	dd	3FB504F3h
RWD792 	dd	00800000h
RWD796 	dd	BD9C151Dh		; -0.0762121
RWD800 	dd	3E0424F1h		;  0.129047
RWD804 	dd	BE079CE8h		; -0.132434
RWD808 	dd	3E1138CDh		;  0.141818
RWD812 	dd	BE2A1388h		;  -0.16609
RWD816 	dd	3E4CD1F6h		;   0.20002
RWD820 	dd	BE800214h		; -0.250016
RWD824 	dd	3EAAAAA8h		;  0.333333
RWD828 	dd	BEFFFFFCh		;      -0.5
RWD832 	dd	3717F7D1h		; 9.058e-06
RWD836 	dd	3F317180h		;  0.693138
RWD840 	dd	C0000000h		;        -2
RWD844 	dd	00200000h
RWD848 	dd	C1D368F9h		;  -26.4263
RWD852 	dd	4270FA83h		;   60.2446
RWD856 	dd	C2AAE9E4h		;  -85.4568
RWD860 	dd	4281E0F8h		;   64.9394
RWD864 	dd	C19DE9E6h		;  -19.7392
RWD868 	dd	42283C1Ah		;   42.0587
RWD872 	dd	C2996966h		;  -76.7059
RWD876 	dd	42A335E3h		;   81.6052
RWD880 	dd	C2255DE7h		;  -41.3417
RWD884 	dd	40C90FDBh		;   6.28319
RWD888 	dd	00000003h
RWD892 	dd	00000002h		; 2.8026e-45
RWD896 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD960 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD1024	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD1088	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 2514

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:SetLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+RademacherGroup[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 307 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       vpbroadcastq zmm1, rdi
       mov      eax, esi
       vpbroadcastq zmm2, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG07
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0022
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm3, rdi
       vpaddq   zmm3, zmm3, zmmword ptr [reloc @RWD00]
       vpaddq   zmm4, zmm3, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm5, zmm3, 32
       vpsrlq   zmm6, zmm4, 32
       vbroadcastsd zmm7, qword ptr [reloc @RWD72]
       vmovaps  zmm8, zmm7
       vbroadcastsd zmm9, qword ptr [reloc @RWD80]
       vmovaps  zmm10, zmm9
       vpmuludq zmm11, zmm3, zmm8
       vpmuludq zmm8, zmm4, zmm8
       vpmuludq zmm4, zmm2, zmm10
       vpmuludq zmm10, zmm2, zmm10
       vpsrlq   zmm3, zmm10, 32
       vpternlogq zmm5, zmm3, zmm1, -106
       vmovaps  zmm3, zmm5
       vpsrlq   zmm4, zmm4, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpxord   zmm5, zmm1, zmm11
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm6, zmm1, zmm8
       vpsrlq   zmm6, zmm6, 32
       vpaddd   zmm12, zmm1, zmmword ptr [reloc @RWD128]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm6, zmm14
       vpsrlq   zmm5, zmm3, 32
       vmovaps  zmm6, zmm10
       vpternlogq zmm6, zmm5, zmm12, -106
       vpsrlq   zmm5, zmm4, 32
       vpternlogq zmm10, zmm5, zmm12, -106
       vpxord   zmm5, zmm12, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm11
       vpxord   zmm11, zmm12, zmm13
       vpsrlq   zmm11, zmm11, 32
       vpxord   zmm8, zmm11, zmm8
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD192]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
 
G_M000_IG04:                ;; offset=0x0195
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD256]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD320]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD384]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
 
G_M000_IG05:                ;; offset=0x02F8
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD448]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD512]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD576]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD640]
 
G_M000_IG06:                ;; offset=0x045F
       vpmuludq zmm13, zmm3, zmm7
       vpmuludq zmm7, zmm4, zmm7
       vpmuludq zmm14, zmm5, zmm9
       vpmuludq zmm9, zmm8, zmm9
       vpsrlq   zmm3, zmm14, 32
       vpternlogq zmm6, zmm3, zmm11, -106
       vmovaps  zmm3, zmm6
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm10, zmm4, zmm11, -106
       vmovaps  zmm4, zmm10
       vpxord   zmm5, zmm11, zmm13
       vpsrlq   zmm8, zmm5, 32
       vpxord   zmm5, zmm8, zmm16
       vpxord   zmm6, zmm11, zmm7
       vpsrlq   zmm6, zmm6, 32
       vpxord   zmm8, zmm6, zmm12
       vmovups  zmm6, zmmword ptr [reloc @RWD704]
       vpermt2d zmm3, zmm6, zmm4
       vpermt2d zmm14, zmm6, zmm9
       vpermt2d zmm5, zmm6, zmm8
       vpermt2d zmm13, zmm6, zmm7
       vbroadcastss zmm4, dword ptr [reloc @RWD768]
       vbroadcastss zmm6, dword ptr [reloc @RWD772]
       vpternlogd zmm3, zmm6, zmm4, -20
       vpternlogd zmm14, zmm6, zmm4, -20
       vpternlogd zmm5, zmm6, zmm4, -20
       vpternlogd zmm13, zmm6, zmm4, -20
       vmovups  zmm4, zmmword ptr [reloc @RWD832]
       vmovups  zmm6, zmmword ptr [reloc @RWD896]
       vmovaps  zmm7, zmm3
       vpermt2d zmm7, zmm4, zmm14
       vpermt2d zmm3, zmm6, zmm14
       vpermi2d zmm4, zmm5, zmm13
       vpermt2d zmm5, zmm6, zmm13
       vmovups  zmm6, zmmword ptr [reloc @RWD960]
       vmovups  zmm8, zmmword ptr [reloc @RWD1024]
       vmovaps  zmm9, zmm7
       vpermt2q zmm9, zmm6, zmm4
       vpermt2q zmm7, zmm8, zmm4
       vpermi2q zmm6, zmm3, zmm5
       vpermt2q zmm3, zmm8, zmm5
       vmulps   zmm4, zmm0, zmm9
       vmovups  zmmword ptr [r8], zmm4
       vmulps   zmm4, zmm0, zmm7
       vmovups  zmmword ptr [r8+0x40], zmm4
       vmulps   zmm4, zmm0, zmm6
       vmovups  zmmword ptr [r8+0x80], zmm4
       vmulps   zmm3, zmm0, zmm3
       vmovups  zmmword ptr [r8+0xC0], zmm3
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG07:                ;; offset=0x05BF
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD128 	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD192 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD256 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD320 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD384 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD448 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD512 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD576 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD640 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD704 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD768 	dd	80000000h		;        -0
RWD772 	dd	3F800000h		;         1
RWD776 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h
RWD832 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD896 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD960 	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD1024	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 1476

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:AddProductLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+GaussianGroup[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 530 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       vpbroadcastq zmm1, rdi
       mov      eax, esi
       vpbroadcastq zmm2, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0022
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm3, rdi
       vpaddq   zmm3, zmm3, zmmword ptr [reloc @RWD00]
       vpaddq   zmm4, zmm3, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm5, zmm3, 32
       vpsrlq   zmm6, zmm4, 32
       vbroadcastsd zmm7, qword ptr [reloc @RWD72]
       vmovaps  zmm8, zmm7
       vbroadcastsd zmm9, qword ptr [reloc @RWD80]
       vmovaps  zmm10, zmm9
       vpmuludq zmm11, zmm3, zmm8
       vpmuludq zmm8, zmm4, zmm8
       vpmuludq zmm4, zmm2, zmm10
       vpmuludq zmm10, zmm2, zmm10
       vpsrlq   zmm3, zmm10, 32
       vpternlogq zmm5, zmm3, zmm1, -106
       vmovaps  zmm3, zmm5
       vpsrlq   zmm4, zmm4, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpxord   zmm5, zmm1, zmm11
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm6, zmm1, zmm8
       vpsrlq   zmm6, zmm6, 32
       vpaddd   zmm12, zmm1, zmmword ptr [reloc @RWD128]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm6, zmm14
       vpsrlq   zmm5, zmm3, 32
       vmovaps  zmm6, zmm10
       vpternlogq zmm6, zmm5, zmm12, -106
       vpsrlq   zmm5, zmm4, 32
       vpternlogq zmm10, zmm5, zmm12, -106
       vpxord   zmm5, zmm12, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm11
       vpxord   zmm11, zmm12, zmm13
       vpsrlq   zmm11, zmm11, 32
       vpxord   zmm8, zmm11, zmm8
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD192]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
 
G_M000_IG04:                ;; offset=0x0195
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD256]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD320]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD384]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
 
G_M000_IG05:                ;; offset=0x02F8
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD448]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD512]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD576]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD640]
 
G_M000_IG06:                ;; offset=0x045F
       vpmuludq zmm13, zmm3, zmm7
       vpmuludq zmm7, zmm4, zmm7
       vpmuludq zmm14, zmm5, zmm9
       vpmuludq zmm9, zmm8, zmm9
       vpsrlq   zmm3, zmm14, 32
       vpternlogq zmm6, zmm3, zmm11, -106
       vmovaps  zmm3, zmm6
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm10, zmm4, zmm11, -106
       vmovaps  zmm4, zmm10
       vpxord   zmm5, zmm11, zmm13
       vpsrlq   zmm8, zmm5, 32
       vpxord   zmm5, zmm8, zmm16
       vpxord   zmm6, zmm11, zmm7
       vpsrlq   zmm6, zmm6, 32
       vpxord   zmm8, zmm6, zmm12
       vmovups  zmm6, zmmword ptr [reloc @RWD704]
       vpermt2d zmm3, zmm6, zmm4
       vpermt2d zmm14, zmm6, zmm9
       vpermt2d zmm5, zmm6, zmm8
       vpermt2d zmm13, zmm6, zmm7
       vpsrld   zmm3, zmm3, 8
       vbroadcastss zmm4, dword ptr [reloc @RWD768]
       vpaddd   zmm3, zmm3, zmm4
       vcvtdq2ps zmm3, zmm3
       vbroadcastss zmm6, dword ptr [reloc @RWD772]
       vmulps   zmm3, zmm3, zmm6
       vpsrld   zmm7, zmm3, 23
       vpaddd   zmm7, zmm7, dword ptr [reloc @RWD776] {1to16}
       vbroadcastss zmm8, dword ptr [reloc @RWD780]
       vpternlogd zmm3, zmm8, dword ptr [reloc @RWD784] {1to16}, -20
       vpcmpgtd k1, zmm3, dword ptr [reloc @RWD788] {1to16}
       vpmovm2d zmm9, k1
       vpandd   zmm10, zmm9, dword ptr [reloc @RWD792] {1to16}
       vpsubd   zmm3, zmm3, zmm10
       vpsubd   zmm7, zmm7, zmm9
       vsubps   zmm3, zmm3, zmm8
       vbroadcastss zmm9, dword ptr [reloc @RWD796]
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD800] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD804] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD808] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD812] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD816] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD820] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD824] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD828] {1to16}
       vfmadd213ps zmm9, zmm3, zmm8
       vmulps   zmm3, zmm9, zmm3
       vcvtdq2ps zmm7, zmm7
       vmovaps  zmm9, zmm7
       vfmadd132ps zmm9, zmm3, dword ptr [reloc @RWD832] {1to16}
       vmovaps  zmm3, zmm7
       vfmadd132ps zmm3, zmm9, dword ptr [reloc @RWD836] {1to16}
       vmulps   zmm3, zmm3, dword ptr [reloc @RWD840] {1to16}
       vsqrtps  zmm3, zmm3
       vpsrld   zmm5, zmm5, 8
       vpaddd   zmm5, zmm5, zmm4
       vcvtdq2ps zmm5, zmm5
       vmulps   zmm5, zmm5, zmm6
 
G_M000_IG07:                ;; offset=0x061B
       vpsrld   zmm7, zmm5, 23
       vpaddd   zmm7, zmm7, dword ptr [reloc @RWD776] {1to16}
       vpternlogd zmm5, zmm8, dword ptr [reloc @RWD784] {1to16}, -20
       vpcmpgtd k1, zmm5, dword ptr [reloc @RWD788] {1to16}
       vpmovm2d zmm9, k1
       vpandd   zmm10, zmm9, dword ptr [reloc @RWD792] {1to16}
       vpsubd   zmm5, zmm5, zmm10
       vpsubd   zmm7, zmm7, zmm9
       vsubps   zmm5, zmm5, zmm8
       vbroadcastss zmm9, dword ptr [reloc @RWD796]
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD800] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD804] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD808] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD812] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD816] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD820] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD824] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD828] {1to16}
       vfmadd213ps zmm9, zmm5, zmm8
       vmulps   zmm5, zmm9, zmm5
       vcvtdq2ps zmm7, zmm7
       vmovaps  zmm9, zmm7
       vfmadd132ps zmm9, zmm5, dword ptr [reloc @RWD832] {1to16}
       vmovaps  zmm5, zmm7
       vfmadd132ps zmm5, zmm9, dword ptr [reloc @RWD836] {1to16}
       vmulps   zmm5, zmm5, dword ptr [reloc @RWD840] {1to16}
       vsqrtps  zmm5, zmm5
       vpsrld   zmm7, zmm14, 8
       vpaddd   zmm9, zmm7, dword ptr [reloc @RWD844] {1to16}
       vpsrld   zmm9, zmm9, 22
       vpslld   zmm10, zmm9, 22
       vpsubd   zmm7, zmm7, zmm10
       vcvtdq2ps zmm7, zmm7
       vmulps   zmm7, zmm7, zmm6
       vmulps   zmm10, zmm7, zmm7
       vbroadcastss zmm11, dword ptr [reloc @RWD848]
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD852] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD856] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD860] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD864] {1to16}
       vfmadd213ps zmm11, zmm10, zmm8
       vbroadcastss zmm12, dword ptr [reloc @RWD868]
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD872] {1to16}
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD876] {1to16}
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD880] {1to16}
       vfmadd213ps zmm10, zmm12, dword ptr [reloc @RWD884] {1to16}
       vmulps   zmm7, zmm10, zmm7
       vpandd   zmm9, zmm9, dword ptr [reloc @RWD888] {1to16}
       vpandd   zmm10, zmm4, zmm9
       vxorps   ymm12, ymm12, ymm12
       vpsubd   zmm10, zmm12, zmm10
       vmovaps  zmm12, zmm10
       vpternlogd zmm12, zmm7, zmm11, -54
       vpternlogd zmm10, zmm11, zmm7, -54
       vpaddd   zmm7, zmm4, zmm9
       vbroadcastss zmm11, dword ptr [reloc @RWD892]
       vpandd   zmm7, zmm7, zmm11
       vpslld   zmm7, zmm7, 30
       vpandd   zmm9, zmm11, zmm9
 
G_M000_IG08:                ;; offset=0x07F8
       vpslld   zmm9, zmm9, 30
       vpxord   zmm7, zmm12, zmm7
       vpxord   zmm9, zmm10, zmm9
       vpsrld   zmm10, zmm13, 8
       vpaddd   zmm12, zmm10, dword ptr [reloc @RWD844] {1to16}
       vpsrld   zmm12, zmm12, 22
       vpslld   zmm13, zmm12, 22
       vpsubd   zmm10, zmm10, zmm13
       vcvtdq2ps zmm10, zmm10
       vmulps   zmm6, zmm10, zmm6
       vmulps   zmm10, zmm6, zmm6
       vbroadcastss zmm13, dword ptr [reloc @RWD848]
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD852] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD856] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD860] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD864] {1to16}
       vfmadd231ps zmm8, zmm10, zmm13
       vbroadcastss zmm13, dword ptr [reloc @RWD868]
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD872] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD876] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD880] {1to16}
       vfmadd213ps zmm10, zmm13, dword ptr [reloc @RWD884] {1to16}
       vmulps   zmm6, zmm10, zmm6
       vpandd   zmm10, zmm12, dword ptr [reloc @RWD888] {1to16}
       vpandd   zmm12, zmm4, zmm10
       vxorps   ymm13, ymm13, ymm13
       vpsubd   zmm12, zmm13, zmm12
       vmovaps  zmm13, zmm12
       vpternlogd zmm13, zmm6, zmm8, -54
       vpternlogd zmm12, zmm8, zmm6, -54
       vpaddd   zmm4, zmm4, zmm10
       vpandd   zmm4, zmm4, zmm11
       vpslld   zmm4, zmm4, 30
       vpandd   zmm6, zmm11, zmm10
       vpslld   zmm6, zmm6, 30
       vpxord   zmm4, zmm13, zmm4
       vpxord   zmm6, zmm12, zmm6
       vmulps   zmm7, zmm3, zmm7
       vmulps   zmm3, zmm3, zmm9
       vmulps   zmm4, zmm5, zmm4
       vmulps   zmm5, zmm5, zmm6
       vmovups  zmm6, zmmword ptr [reloc @RWD896]
       vmovups  zmm8, zmmword ptr [reloc @RWD960]
       vmovaps  zmm9, zmm7
       vpermt2d zmm9, zmm6, zmm3
       vpermt2d zmm7, zmm8, zmm3
       vpermi2d zmm6, zmm4, zmm5
       vpermt2d zmm4, zmm8, zmm5
       vmovups  zmm3, zmmword ptr [reloc @RWD1024]
       vmovups  zmm5, zmmword ptr [reloc @RWD1088]
       vmovaps  zmm8, zmm9
       vpermt2q zmm8, zmm3, zmm6
       vpermt2q zmm9, zmm5, zmm6
       vpermi2q zmm3, zmm7, zmm4
       vpermt2q zmm7, zmm5, zmm4
       vmulps   zmm4, zmm0, zmm8
       vaddps   zmm4, zmm4, zmmword ptr [r8]
       vmovups  zmmword ptr [r8], zmm4
 
G_M000_IG09:                ;; offset=0x099B
       vmulps   zmm4, zmm0, zmm9
       vaddps   zmm4, zmm4, zmmword ptr [r8+0x40]
       vmovups  zmmword ptr [r8+0x40], zmm4
       vmulps   zmm3, zmm0, zmm3
       vaddps   zmm3, zmm3, zmmword ptr [r8+0x80]
       vmovups  zmmword ptr [r8+0x80], zmm3
       vmulps   zmm3, zmm0, zmm7
       vaddps   zmm3, zmm3, zmmword ptr [r8+0xC0]
       vmovups  zmmword ptr [r8+0xC0], zmm3
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x09E8
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD128 	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD192 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD256 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD320 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD384 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD448 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD512 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD576 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD640 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD704 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD768 	dd	00000001h		; 1.4013e-45
RWD772 	dd	33800000h		; 5.96046e-08
RWD776 	dd	FFFFFF81h
RWD780 	dd	3F800000h		;         1
RWD784 	dd	007FFFFFh
RWD788 	dd	3FB504F3h
RWD792 	dd	00800000h
RWD796 	dd	BD9C151Dh		; -0.0762121
RWD800 	dd	3E0424F1h		;  0.129047
RWD804 	dd	BE079CE8h		; -0.132434
RWD808 	dd	3E1138CDh		;  0.141818
RWD812 	dd	BE2A1388h		;  -0.16609
RWD816 	dd	3E4CD1F6h		;   0.20002
RWD820 	dd	BE800214h		; -0.250016
RWD824 	dd	3EAAAAA8h		;  0.333333
RWD828 	dd	BEFFFFFCh		;      -0.5
RWD832 	dd	3717F7D1h		; 9.058e-06
RWD836 	dd	3F317180h		;  0.693138
RWD840 	dd	C0000000h		;        -2
RWD844 	dd	00200000h
RWD848 	dd	C1D368F9h		;  -26.4263
RWD852 	dd	4270FA83h		;   60.2446
RWD856 	dd	C2AAE9E4h		;  -85.4568
RWD860 	dd	4281E0F8h		;   64.9394
RWD864 	dd	C19DE9E6h		;  -19.7392
RWD868 	dd	42283C1Ah		;   42.0587
RWD872 	dd	C2996966h		;  -76.7059
RWD876 	dd	42A335E3h		;   81.6052
RWD880 	dd	C2255DE7h		;  -41.3417
RWD884 	dd	40C90FDBh		;   6.28319
RWD888 	dd	00000003h
RWD892 	dd	00000002h		; 2.8026e-45
RWD896 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD960 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD1024	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD1088	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 2541

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernelWide`4[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]:FmaLoop[ZoEngine.Cpu.Simd.NoiseKernelWide`4+GaussianGroup[ZoEngine.Cpu.Simd.Lanes512,System.Runtime.Intrinsics.Vector512`1[ulong],System.Runtime.Intrinsics.Vector512`1[uint],System.Runtime.Intrinsics.Vector512`1[float]]](ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 526 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       vpbroadcastq zmm1, rdi
       mov      eax, esi
       vpbroadcastq zmm2, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0022
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm3, rdi
       vpaddq   zmm3, zmm3, zmmword ptr [reloc @RWD00]
       vpaddq   zmm4, zmm3, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm5, zmm3, 32
       vpsrlq   zmm6, zmm4, 32
       vbroadcastsd zmm7, qword ptr [reloc @RWD72]
       vmovaps  zmm8, zmm7
       vbroadcastsd zmm9, qword ptr [reloc @RWD80]
       vmovaps  zmm10, zmm9
       vpmuludq zmm11, zmm3, zmm8
       vpmuludq zmm8, zmm4, zmm8
       vpmuludq zmm4, zmm2, zmm10
       vpmuludq zmm10, zmm2, zmm10
       vpsrlq   zmm3, zmm10, 32
       vpternlogq zmm5, zmm3, zmm1, -106
       vmovaps  zmm3, zmm5
       vpsrlq   zmm4, zmm4, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpxord   zmm5, zmm1, zmm11
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm6, zmm1, zmm8
       vpsrlq   zmm6, zmm6, 32
       vpaddd   zmm12, zmm1, zmmword ptr [reloc @RWD128]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm6, zmm14
       vpsrlq   zmm5, zmm3, 32
       vmovaps  zmm6, zmm10
       vpternlogq zmm6, zmm5, zmm12, -106
       vpsrlq   zmm5, zmm4, 32
       vpternlogq zmm10, zmm5, zmm12, -106
       vpxord   zmm5, zmm12, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm11
       vpxord   zmm11, zmm12, zmm13
       vpsrlq   zmm11, zmm11, 32
       vpxord   zmm8, zmm11, zmm8
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD192]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
 
G_M000_IG04:                ;; offset=0x0195
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD256]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD320]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD384]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
 
G_M000_IG05:                ;; offset=0x02F8
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD448]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD512]
       vmovaps  zmm13, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm15, zmm3, zmm13
       vpmuludq zmm13, zmm4, zmm13
       vpmuludq zmm3, zmm5, zmm14
       vpmuludq zmm4, zmm8, zmm14
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm6, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm4, 32
       vpternlogq zmm10, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm15
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm16
       vpxord   zmm8, zmm11, zmm13
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm12
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD576]
       vmovaps  zmm12, zmm7
       vmovaps  zmm14, zmm9
       vpmuludq zmm16, zmm6, zmm12
       vpmuludq zmm12, zmm10, zmm12
       vpmuludq zmm6, zmm5, zmm14
       vpmuludq zmm10, zmm8, zmm14
       vpsrlq   zmm5, zmm6, 32
       vpternlogq zmm3, zmm5, zmm11, -106
       vpsrlq   zmm8, zmm10, 32
       vpternlogq zmm4, zmm8, zmm11, -106
       vpxord   zmm5, zmm11, zmm16
       vpsrlq   zmm5, zmm5, 32
       vpxord   zmm5, zmm5, zmm15
       vpxord   zmm8, zmm11, zmm12
       vpsrlq   zmm8, zmm8, 32
       vpxord   zmm8, zmm8, zmm13
       vpaddd   zmm11, zmm1, zmmword ptr [reloc @RWD640]
 
G_M000_IG06:                ;; offset=0x045F
       vpmuludq zmm13, zmm3, zmm7
       vpmuludq zmm7, zmm4, zmm7
       vpmuludq zmm14, zmm5, zmm9
       vpmuludq zmm9, zmm8, zmm9
       vpsrlq   zmm3, zmm14, 32
       vpternlogq zmm6, zmm3, zmm11, -106
       vmovaps  zmm3, zmm6
       vpsrlq   zmm4, zmm9, 32
       vpternlogq zmm10, zmm4, zmm11, -106
       vmovaps  zmm4, zmm10
       vpxord   zmm5, zmm11, zmm13
       vpsrlq   zmm8, zmm5, 32
       vpxord   zmm5, zmm8, zmm16
       vpxord   zmm6, zmm11, zmm7
       vpsrlq   zmm6, zmm6, 32
       vpxord   zmm8, zmm6, zmm12
       vmovups  zmm6, zmmword ptr [reloc @RWD704]
       vpermt2d zmm3, zmm6, zmm4
       vpermt2d zmm14, zmm6, zmm9
       vpermt2d zmm5, zmm6, zmm8
       vpermt2d zmm13, zmm6, zmm7
       vpsrld   zmm3, zmm3, 8
       vbroadcastss zmm4, dword ptr [reloc @RWD768]
       vpaddd   zmm3, zmm3, zmm4
       vcvtdq2ps zmm3, zmm3
       vbroadcastss zmm6, dword ptr [reloc @RWD772]
       vmulps   zmm3, zmm3, zmm6
       vpsrld   zmm7, zmm3, 23
       vpaddd   zmm7, zmm7, dword ptr [reloc @RWD776] {1to16}
       vbroadcastss zmm8, dword ptr [reloc @RWD780]
       vpternlogd zmm3, zmm8, dword ptr [reloc @RWD784] {1to16}, -20
       vpcmpgtd k1, zmm3, dword ptr [reloc @RWD788] {1to16}
       vpmovm2d zmm9, k1
       vpandd   zmm10, zmm9, dword ptr [reloc @RWD792] {1to16}
       vpsubd   zmm3, zmm3, zmm10
       vpsubd   zmm7, zmm7, zmm9
       vsubps   zmm3, zmm3, zmm8
       vbroadcastss zmm9, dword ptr [reloc @RWD796]
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD800] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD804] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD808] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD812] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD816] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD820] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD824] {1to16}
       vfmadd213ps zmm9, zmm3, dword ptr [reloc @RWD828] {1to16}
       vfmadd213ps zmm9, zmm3, zmm8
       vmulps   zmm3, zmm9, zmm3
       vcvtdq2ps zmm7, zmm7
       vmovaps  zmm9, zmm7
       vfmadd132ps zmm9, zmm3, dword ptr [reloc @RWD832] {1to16}
       vmovaps  zmm3, zmm7
       vfmadd132ps zmm3, zmm9, dword ptr [reloc @RWD836] {1to16}
       vmulps   zmm3, zmm3, dword ptr [reloc @RWD840] {1to16}
       vsqrtps  zmm3, zmm3
       vpsrld   zmm5, zmm5, 8
       vpaddd   zmm5, zmm5, zmm4
       vcvtdq2ps zmm5, zmm5
       vmulps   zmm5, zmm5, zmm6
 
G_M000_IG07:                ;; offset=0x061B
       vpsrld   zmm7, zmm5, 23
       vpaddd   zmm7, zmm7, dword ptr [reloc @RWD776] {1to16}
       vpternlogd zmm5, zmm8, dword ptr [reloc @RWD784] {1to16}, -20
       vpcmpgtd k1, zmm5, dword ptr [reloc @RWD788] {1to16}
       vpmovm2d zmm9, k1
       vpandd   zmm10, zmm9, dword ptr [reloc @RWD792] {1to16}
       vpsubd   zmm5, zmm5, zmm10
       vpsubd   zmm7, zmm7, zmm9
       vsubps   zmm5, zmm5, zmm8
       vbroadcastss zmm9, dword ptr [reloc @RWD796]
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD800] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD804] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD808] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD812] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD816] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD820] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD824] {1to16}
       vfmadd213ps zmm9, zmm5, dword ptr [reloc @RWD828] {1to16}
       vfmadd213ps zmm9, zmm5, zmm8
       vmulps   zmm5, zmm9, zmm5
       vcvtdq2ps zmm7, zmm7
       vmovaps  zmm9, zmm7
       vfmadd132ps zmm9, zmm5, dword ptr [reloc @RWD832] {1to16}
       vmovaps  zmm5, zmm7
       vfmadd132ps zmm5, zmm9, dword ptr [reloc @RWD836] {1to16}
       vmulps   zmm5, zmm5, dword ptr [reloc @RWD840] {1to16}
       vsqrtps  zmm5, zmm5
       vpsrld   zmm7, zmm14, 8
       vpaddd   zmm9, zmm7, dword ptr [reloc @RWD844] {1to16}
       vpsrld   zmm9, zmm9, 22
       vpslld   zmm10, zmm9, 22
       vpsubd   zmm7, zmm7, zmm10
       vcvtdq2ps zmm7, zmm7
       vmulps   zmm7, zmm7, zmm6
       vmulps   zmm10, zmm7, zmm7
       vbroadcastss zmm11, dword ptr [reloc @RWD848]
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD852] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD856] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD860] {1to16}
       vfmadd213ps zmm11, zmm10, dword ptr [reloc @RWD864] {1to16}
       vfmadd213ps zmm11, zmm10, zmm8
       vbroadcastss zmm12, dword ptr [reloc @RWD868]
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD872] {1to16}
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD876] {1to16}
       vfmadd213ps zmm12, zmm10, dword ptr [reloc @RWD880] {1to16}
       vfmadd213ps zmm10, zmm12, dword ptr [reloc @RWD884] {1to16}
       vmulps   zmm7, zmm10, zmm7
       vpandd   zmm9, zmm9, dword ptr [reloc @RWD888] {1to16}
       vpandd   zmm10, zmm4, zmm9
       vxorps   ymm12, ymm12, ymm12
       vpsubd   zmm10, zmm12, zmm10
       vmovaps  zmm12, zmm10
       vpternlogd zmm12, zmm7, zmm11, -54
       vpternlogd zmm10, zmm11, zmm7, -54
       vpaddd   zmm7, zmm4, zmm9
       vbroadcastss zmm11, dword ptr [reloc @RWD892]
       vpandd   zmm7, zmm7, zmm11
       vpslld   zmm7, zmm7, 30
       vpandd   zmm9, zmm11, zmm9
 
G_M000_IG08:                ;; offset=0x07F8
       vpslld   zmm9, zmm9, 30
       vpxord   zmm7, zmm12, zmm7
       vpxord   zmm9, zmm10, zmm9
       vpsrld   zmm10, zmm13, 8
       vpaddd   zmm12, zmm10, dword ptr [reloc @RWD844] {1to16}
       vpsrld   zmm12, zmm12, 22
       vpslld   zmm13, zmm12, 22
       vpsubd   zmm10, zmm10, zmm13
       vcvtdq2ps zmm10, zmm10
       vmulps   zmm6, zmm10, zmm6
       vmulps   zmm10, zmm6, zmm6
       vbroadcastss zmm13, dword ptr [reloc @RWD848]
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD852] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD856] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD860] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD864] {1to16}
       vfmadd231ps zmm8, zmm10, zmm13
       vbroadcastss zmm13, dword ptr [reloc @RWD868]
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD872] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD876] {1to16}
       vfmadd213ps zmm13, zmm10, dword ptr [reloc @RWD880] {1to16}
       vfmadd213ps zmm10, zmm13, dword ptr [reloc @RWD884] {1to16}
       vmulps   zmm6, zmm10, zmm6
       vpandd   zmm10, zmm12, dword ptr [reloc @RWD888] {1to16}
       vpandd   zmm12, zmm4, zmm10
       vxorps   ymm13, ymm13, ymm13
       vpsubd   zmm12, zmm13, zmm12
       vmovaps  zmm13, zmm12
       vpternlogd zmm13, zmm6, zmm8, -54
       vpternlogd zmm12, zmm8, zmm6, -54
       vpaddd   zmm4, zmm4, zmm10
       vpandd   zmm4, zmm4, zmm11
       vpslld   zmm4, zmm4, 30
       vpandd   zmm6, zmm11, zmm10
       vpslld   zmm6, zmm6, 30
       vpxord   zmm4, zmm13, zmm4
       vpxord   zmm6, zmm12, zmm6
       vmulps   zmm7, zmm3, zmm7
       vmulps   zmm3, zmm3, zmm9
       vmulps   zmm4, zmm5, zmm4
       vmulps   zmm5, zmm5, zmm6
       vmovups  zmm6, zmmword ptr [reloc @RWD896]
       vmovups  zmm8, zmmword ptr [reloc @RWD960]
       vmovaps  zmm9, zmm7
       vpermt2d zmm9, zmm6, zmm3
       vpermt2d zmm7, zmm8, zmm3
       vpermi2d zmm6, zmm4, zmm5
       vpermt2d zmm4, zmm8, zmm5
       vmovups  zmm3, zmmword ptr [reloc @RWD1024]
       vmovups  zmm5, zmmword ptr [reloc @RWD1088]
       vmovaps  zmm8, zmm9
       vpermt2q zmm8, zmm3, zmm6
       vpermt2q zmm9, zmm5, zmm6
       vpermi2q zmm3, zmm7, zmm4
       vpermt2q zmm7, zmm5, zmm4
       vfmadd213ps zmm8, zmm0, zmmword ptr [r8]
       vmovups  zmmword ptr [r8], zmm8
       vfmadd213ps zmm9, zmm0, zmmword ptr [r8+0x40]
 
G_M000_IG09:                ;; offset=0x099C
       vmovups  zmmword ptr [r8+0x40], zmm9
       vfmadd213ps zmm3, zmm0, zmmword ptr [r8+0x80]
       vmovups  zmmword ptr [r8+0x80], zmm3
       vfmadd213ps zmm7, zmm0, zmmword ptr [r8+0xC0]
       vmovups  zmmword ptr [r8+0xC0], zmm7
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x09D0
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h, 00000000h, 00000000h
RWD128 	dq	BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h, BB67AE859E3779B9h
RWD192 	dq	76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h, 76CF5D0A3C6EF372h
RWD256 	dq	32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh, 32370B8FDAA66D2Bh
RWD320 	dq	ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h, ED9EBA1478DDE6E4h
RWD384 	dq	A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh, A90668991715609Dh
RWD448 	dq	646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h, 646E171EB54CDA56h
RWD512 	dq	1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh, 1FD5C5A35384540Fh
RWD576 	dq	DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h, DB3D7428F1BBCDC8h
RWD640 	dq	96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h, 96A522AD8FF34781h
RWD704 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD768 	dd	00000001h		; 1.4013e-45
RWD772 	dd	33800000h		; 5.96046e-08
RWD776 	dd	FFFFFF81h
RWD780 	dd	3F800000h		;         1
RWD784 	dd	007FFFFFh
RWD788 	dd	3FB504F3h
RWD792 	dd	00800000h
RWD796 	dd	BD9C151Dh		; -0.0762121
RWD800 	dd	3E0424F1h		;  0.129047
RWD804 	dd	BE079CE8h		; -0.132434
RWD808 	dd	3E1138CDh		;  0.141818
RWD812 	dd	BE2A1388h		;  -0.16609
RWD816 	dd	3E4CD1F6h		;   0.20002
RWD820 	dd	BE800214h		; -0.250016
RWD824 	dd	3EAAAAA8h		;  0.333333
RWD828 	dd	BEFFFFFCh		;      -0.5
RWD832 	dd	3717F7D1h		; 9.058e-06
RWD836 	dd	3F317180h		;  0.693138
RWD840 	dd	C0000000h		;        -2
RWD844 	dd	00200000h
RWD848 	dd	C1D368F9h		;  -26.4263
RWD852 	dd	4270FA83h		;   60.2446
RWD856 	dd	C2AAE9E4h		;  -85.4568
RWD860 	dd	4281E0F8h		;   64.9394
RWD864 	dd	C19DE9E6h		;  -19.7392
RWD868 	dd	42283C1Ah		;   42.0587
RWD872 	dd	C2996966h		;  -76.7059
RWD876 	dd	42A335E3h		;   81.6052
RWD880 	dd	C2255DE7h		;  -41.3417
RWD884 	dd	40C90FDBh		;   6.28319
RWD888 	dd	00000003h
RWD892 	dd	00000002h		; 2.8026e-45
RWD896 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD960 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD1024	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD1088	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 2517

