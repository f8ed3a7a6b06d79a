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
       mov      edi, 0x332B
       mov      rsi, 0x7FA8F27CF848
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x80], rax
       mov      rsi, gword ptr [rbp-0x80]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       lea      rdi, [rbp-0x58]
       mov      esi, dword ptr [rbp-0x20]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, 656
       mov      rsi, 0x7FA8F27CF848
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x88], rax
       mov      rsi, gword ptr [rbp-0x88]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       mov      rdi, 0x7FA8F227CD28
       call     CORINFO_HELP_NEWSFAST
       mov      gword ptr [rbp-0x78], rax
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      gword ptr [rbp-0x90], rax
       mov      edi, 0xC4D
       mov      rsi, 0x7FA8F27CF848
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
       call     [ZoEngine.Cpu.Simd.NoiseKernel512:get_IsSupported():bool]
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
       call     [ZoEngine.Cpu.Simd.NoiseKernel512:Words(ulong,uint,ulong,int,ptr)]
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
       call     [ZoEngine.Cpu.Simd.NoiseKernel256:get_IsSupported():bool]
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
       call     [ZoEngine.Cpu.Simd.NoiseKernel256:Words(ulong,uint,ulong,int,ptr)]
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

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel512:Words(ulong,uint,ulong,int,ptr) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 59 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       mov      eax, edi
       vpbroadcastq zmm0, rax
       shr      rdi, 32
       vpbroadcastq zmm1, rdi
       mov      eax, esi
       vpbroadcastq zmm2, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG07
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0028
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm3, rdi
       vpaddq   zmm3, zmm3, zmmword ptr [reloc @RWD00]
       vpaddq   zmm4, zmm3, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm5, zmm3, 32
       vpsrlq   zmm6, zmm4, 32
       vxorps   ymm7, ymm7, ymm7
       vbroadcastsd zmm8, qword ptr [reloc @RWD72]
       vmovaps  zmm9, zmm8
       vbroadcastsd zmm10, qword ptr [reloc @RWD80]
       vmovaps  zmm11, zmm10
       vpmuludq zmm12, zmm3, zmm9
       vpmuludq zmm9, zmm4, zmm9
       vpmuludq zmm4, zmm2, zmm11
       vpmuludq zmm11, zmm2, zmm11
       vpsrlq   zmm3, zmm11, 32
       vpternlogq zmm5, zmm3, zmm0, -106
       vmovaps  zmm3, zmm5
       vpsrlq   zmm4, zmm4, 32
       vpternlogq zmm6, zmm4, zmm0, -106
       vmovaps  zmm4, zmm6
       vpsrlq   zmm5, zmm12, 32
       vpternlogq zmm5, zmm7, zmm1, -106
       vpsrlq   zmm6, zmm9, 32
       vpternlogq zmm7, zmm6, zmm1, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD88] {1to8}
       vpaddq   zmm13, zmm1, qword ptr [reloc @RWD96] {1to8}
       vmovaps  zmm14, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm16, zmm3, zmm14
       vpmuludq zmm14, zmm4, zmm14
       vpmuludq zmm3, zmm5, zmm15
       vpmuludq zmm4, zmm7, zmm15
       vpsrlq   zmm5, zmm3, 32
       vmovaps  zmm7, zmm11
       vpternlogq zmm7, zmm5, zmm6, -106
       vpsrlq   zmm5, zmm4, 32
       vpternlogq zmm11, zmm5, zmm6, -106
       vpsrlq   zmm5, zmm16, 32
       vpternlogq zmm12, zmm5, zmm13, -106
       vmovaps  zmm5, zmm12
       vpsrlq   zmm6, zmm14, 32
       vpternlogq zmm9, zmm6, zmm13, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD104] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD112] {1to8}
       vmovaps  zmm13, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm17, zmm7, zmm13
       vpmuludq zmm13, zmm11, zmm13
       vpmuludq zmm7, zmm5, zmm15
       vpmuludq zmm11, zmm9, zmm15
       vpsrlq   zmm5, zmm7, 32
       vpternlogq zmm3, zmm5, zmm6, -106
       vpsrlq   zmm9, zmm11, 32
 
G_M000_IG04:                ;; offset=0x01A4
       vpternlogq zmm4, zmm9, zmm6, -106
       vpsrlq   zmm5, zmm17, 32
       vpternlogq zmm16, zmm5, zmm12, -106
       vmovaps  zmm5, zmm16
       vpsrlq   zmm6, zmm13, 32
       vmovaps  zmm9, zmm14
       vpternlogq zmm9, zmm6, zmm12, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD120] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD128] {1to8}
       vmovaps  zmm14, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm16, zmm3, zmm14
       vpmuludq zmm14, zmm4, zmm14
       vpmuludq zmm3, zmm5, zmm15
       vpmuludq zmm4, zmm9, zmm15
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm7, zmm5, zmm6, -106
       vpsrlq   zmm9, zmm4, 32
       vpternlogq zmm11, zmm9, zmm6, -106
       vpsrlq   zmm5, zmm16, 32
       vpternlogq zmm17, zmm5, zmm12, -106
       vmovaps  zmm5, zmm17
       vpsrlq   zmm6, zmm14, 32
       vmovaps  zmm9, zmm13
       vpternlogq zmm9, zmm6, zmm12, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD136] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD144] {1to8}
       vmovaps  zmm13, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm17, zmm7, zmm13
       vpmuludq zmm13, zmm11, zmm13
       vpmuludq zmm7, zmm5, zmm15
       vpmuludq zmm11, zmm9, zmm15
       vpsrlq   zmm5, zmm7, 32
       vpternlogq zmm3, zmm5, zmm6, -106
       vpsrlq   zmm9, zmm11, 32
       vpternlogq zmm4, zmm9, zmm6, -106
       vpsrlq   zmm5, zmm17, 32
       vpternlogq zmm16, zmm5, zmm12, -106
       vmovaps  zmm5, zmm16
       vpsrlq   zmm6, zmm13, 32
       vmovaps  zmm9, zmm14
       vpternlogq zmm9, zmm6, zmm12, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD152] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD160] {1to8}
       vmovaps  zmm14, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm16, zmm3, zmm14
       vpmuludq zmm14, zmm4, zmm14
       vpmuludq zmm3, zmm5, zmm15
       vpmuludq zmm4, zmm9, zmm15
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm7, zmm5, zmm6, -106
       vpsrlq   zmm9, zmm4, 32
 
G_M000_IG05:                ;; offset=0x0318
       vpternlogq zmm11, zmm9, zmm6, -106
       vpsrlq   zmm5, zmm16, 32
       vpternlogq zmm17, zmm5, zmm12, -106
       vmovaps  zmm5, zmm17
       vpsrlq   zmm6, zmm14, 32
       vmovaps  zmm9, zmm13
       vpternlogq zmm9, zmm6, zmm12, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD168] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD176] {1to8}
       vmovaps  zmm13, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm17, zmm7, zmm13
       vpmuludq zmm13, zmm11, zmm13
       vpmuludq zmm7, zmm5, zmm15
       vpmuludq zmm11, zmm9, zmm15
       vpsrlq   zmm5, zmm7, 32
       vpternlogq zmm3, zmm5, zmm6, -106
       vpsrlq   zmm9, zmm11, 32
       vpternlogq zmm4, zmm9, zmm6, -106
       vpsrlq   zmm5, zmm17, 32
       vpternlogq zmm16, zmm5, zmm12, -106
       vmovaps  zmm5, zmm16
       vpsrlq   zmm6, zmm13, 32
       vmovaps  zmm9, zmm14
       vpternlogq zmm9, zmm6, zmm12, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD184] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD192] {1to8}
       vmovaps  zmm14, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm16, zmm3, zmm14
       vpmuludq zmm14, zmm4, zmm14
       vpmuludq zmm3, zmm5, zmm15
       vpmuludq zmm4, zmm9, zmm15
       vpsrlq   zmm5, zmm3, 32
       vpternlogq zmm7, zmm5, zmm6, -106
       vpsrlq   zmm9, zmm4, 32
       vpternlogq zmm11, zmm9, zmm6, -106
       vpsrlq   zmm5, zmm16, 32
       vpternlogq zmm17, zmm5, zmm12, -106
       vmovaps  zmm5, zmm17
       vpsrlq   zmm6, zmm14, 32
       vmovaps  zmm9, zmm13
       vpternlogq zmm9, zmm6, zmm12, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD200] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD208] {1to8}
       vmovaps  zmm13, zmm8
       vmovaps  zmm15, zmm10
       vpmuludq zmm17, zmm7, zmm13
       vpmuludq zmm13, zmm11, zmm13
       vpmuludq zmm7, zmm5, zmm15
       vpmuludq zmm11, zmm9, zmm15
       vpsrlq   zmm5, zmm7, 32
       vpternlogq zmm3, zmm5, zmm6, -106
       vpsrlq   zmm9, zmm11, 32
 
G_M000_IG06:                ;; offset=0x048C
       vpternlogq zmm4, zmm9, zmm6, -106
       vpsrlq   zmm5, zmm17, 32
       vpternlogq zmm16, zmm5, zmm12, -106
       vmovaps  zmm5, zmm16
       vpsrlq   zmm6, zmm13, 32
       vmovaps  zmm9, zmm14
       vpternlogq zmm9, zmm6, zmm12, -106
       vpaddq   zmm6, zmm0, qword ptr [reloc @RWD216] {1to8}
       vpaddq   zmm12, zmm1, qword ptr [reloc @RWD224] {1to8}
       vpmuludq zmm14, zmm3, zmm8
       vpmuludq zmm8, zmm4, zmm8
       vpmuludq zmm15, zmm5, zmm10
       vpmuludq zmm10, zmm9, zmm10
       vpsrlq   zmm3, zmm15, 32
       vpternlogq zmm7, zmm3, zmm6, -106
       vmovaps  zmm3, zmm7
       vpsrlq   zmm4, zmm10, 32
       vpternlogq zmm11, zmm4, zmm6, -106
       vmovaps  zmm4, zmm11
       vpsrlq   zmm5, zmm14, 32
       vpternlogq zmm17, zmm5, zmm12, -106
       vmovaps  zmm5, zmm17
       vpsrlq   zmm9, zmm8, 32
       vpternlogq zmm13, zmm9, zmm12, -106
       vmovaps  zmm9, zmm13
       vmovups  zmm6, zmmword ptr [reloc @RWD256]
       vpermt2d zmm3, zmm6, zmm4
       vpermt2d zmm15, zmm6, zmm10
       vpermt2d zmm5, zmm6, zmm9
       vpermt2d zmm14, zmm6, zmm8
       vmovups  zmm4, zmmword ptr [reloc @RWD320]
       vmovups  zmm6, zmmword ptr [reloc @RWD384]
       vmovaps  zmm7, zmm3
       vpermt2d zmm7, zmm4, zmm15
       vpermt2d zmm3, zmm6, zmm15
       vpermi2d zmm4, zmm5, zmm14
       vpermt2d zmm5, zmm6, zmm14
       vmovups  zmm6, zmmword ptr [reloc @RWD448]
       vmovups  zmm8, zmmword ptr [reloc @RWD512]
       vmovaps  zmm9, zmm7
       vpermt2q zmm9, zmm6, zmm4
       vpermt2q zmm7, zmm8, zmm4
       vpermi2q zmm6, zmm3, zmm5
       vpermt2q zmm3, zmm8, zmm5
       vmovups  zmmword ptr [r8], zmm9
       vmovups  zmmword ptr [r8+0x40], zmm7
       vmovups  zmmword ptr [r8+0x80], zmm6
       vmovups  zmmword ptr [r8+0xC0], zmm3
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG07:                ;; offset=0x05E9
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dq	000000009E3779B9h
RWD96  	dq	00000000BB67AE85h
RWD104 	dq	000000013C6EF372h
RWD112 	dq	0000000176CF5D0Ah
RWD120 	dq	00000001DAA66D2Bh
RWD128 	dq	0000000232370B8Fh
RWD136 	dq	0000000278DDE6E4h
RWD144 	dq	00000002ED9EBA14h
RWD152 	dq	000000031715609Dh
RWD160 	dq	00000003A9066899h
RWD168 	dq	00000003B54CDA56h
RWD176 	dq	00000004646E171Eh
RWD184 	dq	000000045384540Fh
RWD192 	dq	000000051FD5C5A3h
RWD200 	dq	00000004F1BBCDC8h
RWD208 	dq	00000005DB3D7428h
RWD216 	dq	000000058FF34781h
RWD224 	dq	0000000696A522ADh
RWD232 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD256 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD320 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD384 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD448 	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD512 	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 1518

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel512:GaussianSet(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 295 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       mov      eax, edi
       vpbroadcastq zmm1, rax
       shr      rdi, 32
       vpbroadcastq zmm2, rdi
       mov      eax, esi
       vpbroadcastq zmm3, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x002E
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm4, rdi
       vpaddq   zmm4, zmm4, zmmword ptr [reloc @RWD00]
       vpaddq   zmm5, zmm4, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm6, zmm4, 32
       vpsrlq   zmm7, zmm5, 32
       vxorps   ymm8, ymm8, ymm8
       vbroadcastsd zmm9, qword ptr [reloc @RWD72]
       vmovaps  zmm10, zmm9
       vbroadcastsd zmm11, qword ptr [reloc @RWD80]
       vmovaps  zmm12, zmm11
       vpmuludq zmm13, zmm4, zmm10
       vpmuludq zmm10, zmm5, zmm10
       vpmuludq zmm5, zmm3, zmm12
       vpmuludq zmm12, zmm3, zmm12
       vpsrlq   zmm4, zmm12, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpsrlq   zmm5, zmm5, 32
       vpternlogq zmm7, zmm5, zmm1, -106
       vmovaps  zmm5, zmm7
       vpsrlq   zmm6, zmm13, 32
       vpternlogq zmm6, zmm8, zmm2, -106
       vpsrlq   zmm7, zmm10, 32
       vpternlogq zmm8, zmm7, zmm2, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD88] {1to8}
       vpaddq   zmm14, zmm2, qword ptr [reloc @RWD96] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm8, zmm16
       vpsrlq   zmm6, zmm4, 32
       vmovaps  zmm8, zmm12
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm5, 32
       vpternlogq zmm12, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm13, zmm6, zmm14, -106
       vmovaps  zmm6, zmm13
       vpsrlq   zmm7, zmm15, 32
       vpternlogq zmm10, zmm7, zmm14, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD104] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD112] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG04:                ;; offset=0x01AB
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD120] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD128] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD136] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD144] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD152] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD160] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
 
G_M000_IG05:                ;; offset=0x031F
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD168] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD176] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD184] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD192] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD200] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD208] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG06:                ;; offset=0x0493
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD216] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD224] {1to8}
       vpmuludq zmm15, zmm4, zmm9
       vpmuludq zmm9, zmm5, zmm9
       vpmuludq zmm16, zmm6, zmm11
       vpmuludq zmm11, zmm10, zmm11
       vpsrlq   zmm4, zmm16, 32
       vpternlogq zmm8, zmm4, zmm7, -106
       vmovaps  zmm4, zmm8
       vpsrlq   zmm5, zmm11, 32
       vpternlogq zmm12, zmm5, zmm7, -106
       vmovaps  zmm5, zmm12
       vpsrlq   zmm6, zmm15, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm10, zmm9, 32
       vpternlogq zmm14, zmm10, zmm13, -106
       vmovaps  zmm10, zmm14
       vmovups  zmm7, zmmword ptr [reloc @RWD256]
       vpermt2d zmm4, zmm7, zmm5
       vpermt2d zmm16, zmm7, zmm11
       vpermt2d zmm6, zmm7, zmm10
       vpermt2d zmm15, zmm7, zmm9
       vpsrld   zmm4, zmm4, 8
       vbroadcastss zmm5, dword ptr [reloc @RWD320]
       vpaddd   zmm4, zmm4, zmm5
       vcvtdq2ps zmm4, zmm4
       vbroadcastss zmm7, dword ptr [reloc @RWD324]
       vmulps   zmm4, zmm4, zmm7
       vpsrld   zmm8, zmm4, 23
       vpaddd   zmm8, zmm8, dword ptr [reloc @RWD328] {1to16}
       vbroadcastss zmm9, dword ptr [reloc @RWD332]
       vpternlogd zmm4, zmm9, dword ptr [reloc @RWD336] {1to16}, -20
       vpcmpgtd k1, zmm4, dword ptr [reloc @RWD340] {1to16}
       vpmovm2d zmm10, k1
       vpandd   zmm11, zmm10, dword ptr [reloc @RWD344] {1to16}
       vpsubd   zmm4, zmm4, zmm11
       vpsubd   zmm8, zmm8, zmm10
       vsubps   zmm4, zmm4, zmm9
       vbroadcastss zmm10, dword ptr [reloc @RWD348]
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD352] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD356] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD360] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD364] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD368] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD372] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD376] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD380] {1to16}
       vfmadd213ps zmm10, zmm4, zmm9
       vmulps   zmm4, zmm10, zmm4
 
G_M000_IG07:                ;; offset=0x0645
       vcvtdq2ps zmm8, zmm8
       vmovaps  zmm10, zmm8
       vfmadd132ps zmm10, zmm4, dword ptr [reloc @RWD384] {1to16}
       vmovaps  zmm4, zmm8
       vfmadd132ps zmm4, zmm10, dword ptr [reloc @RWD388] {1to16}
       vmulps   zmm4, zmm4, dword ptr [reloc @RWD392] {1to16}
       vsqrtps  zmm4, zmm4
       vpsrld   zmm6, zmm6, 8
       vpaddd   zmm6, zmm6, zmm5
       vcvtdq2ps zmm6, zmm6
       vmulps   zmm6, zmm6, zmm7
       vpsrld   zmm8, zmm6, 23
       vpaddd   zmm8, zmm8, dword ptr [reloc @RWD328] {1to16}
       vpternlogd zmm6, zmm9, dword ptr [reloc @RWD336] {1to16}, -20
       vpcmpgtd k1, zmm6, dword ptr [reloc @RWD340] {1to16}
       vpmovm2d zmm10, k1
       vpandd   zmm11, zmm10, dword ptr [reloc @RWD344] {1to16}
       vpsubd   zmm6, zmm6, zmm11
       vpsubd   zmm8, zmm8, zmm10
       vsubps   zmm6, zmm6, zmm9
       vbroadcastss zmm10, dword ptr [reloc @RWD348]
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD352] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD356] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD360] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD364] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD368] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD372] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD376] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD380] {1to16}
       vfmadd213ps zmm10, zmm6, zmm9
       vmulps   zmm6, zmm10, zmm6
       vcvtdq2ps zmm8, zmm8
       vmovaps  zmm10, zmm8
       vfmadd132ps zmm10, zmm6, dword ptr [reloc @RWD384] {1to16}
       vmovaps  zmm6, zmm8
       vfmadd132ps zmm6, zmm10, dword ptr [reloc @RWD388] {1to16}
       vmulps   zmm6, zmm6, dword ptr [reloc @RWD392] {1to16}
       vsqrtps  zmm6, zmm6
       vpsrld   zmm8, zmm16, 8
       vpaddd   zmm10, zmm8, dword ptr [reloc @RWD396] {1to16}
       vpsrld   zmm10, zmm10, 22
       vpslld   zmm11, zmm10, 22
       vpsubd   zmm8, zmm8, zmm11
       vcvtdq2ps zmm8, zmm8
       vmulps   zmm8, zmm8, zmm7
       vmulps   zmm11, zmm8, zmm8
       vbroadcastss zmm12, dword ptr [reloc @RWD400]
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD404] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD408] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD412] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD416] {1to16}
       vfmadd213ps zmm12, zmm11, zmm9
       vbroadcastss zmm13, dword ptr [reloc @RWD420]
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD424] {1to16}
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD428] {1to16}
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD432] {1to16}
       vfmadd213ps zmm11, zmm13, dword ptr [reloc @RWD436] {1to16}
       vmulps   zmm8, zmm11, zmm8
       vpandd   zmm10, zmm10, dword ptr [reloc @RWD440] {1to16}
       vpandd   zmm11, zmm5, zmm10
       vxorps   ymm13, ymm13, ymm13
       vpsubd   zmm11, zmm13, zmm11
 
G_M000_IG08:                ;; offset=0x083A
       vmovaps  zmm13, zmm11
       vpternlogd zmm13, zmm8, zmm12, -54
       vpternlogd zmm11, zmm12, zmm8, -54
       vpaddd   zmm8, zmm5, zmm10
       vbroadcastss zmm12, dword ptr [reloc @RWD444]
       vpandd   zmm8, zmm8, zmm12
       vpslld   zmm8, zmm8, 30
       vpandd   zmm10, zmm12, zmm10
       vpslld   zmm10, zmm10, 30
       vpxord   zmm8, zmm13, zmm8
       vpxord   zmm10, zmm11, zmm10
       vpsrld   zmm11, zmm15, 8
       vpaddd   zmm13, zmm11, dword ptr [reloc @RWD396] {1to16}
       vpsrld   zmm13, zmm13, 22
       vpslld   zmm14, zmm13, 22
       vpsubd   zmm11, zmm11, zmm14
       vcvtdq2ps zmm11, zmm11
       vmulps   zmm7, zmm11, zmm7
       vmulps   zmm11, zmm7, zmm7
       vbroadcastss zmm14, dword ptr [reloc @RWD400]
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD404] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD408] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD412] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD416] {1to16}
       vfmadd231ps zmm9, zmm11, zmm14
       vbroadcastss zmm14, dword ptr [reloc @RWD420]
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD424] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD428] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD432] {1to16}
       vfmadd213ps zmm11, zmm14, dword ptr [reloc @RWD436] {1to16}
       vmulps   zmm7, zmm11, zmm7
       vpandd   zmm11, zmm13, dword ptr [reloc @RWD440] {1to16}
       vpandd   zmm13, zmm5, zmm11
       vxorps   ymm14, ymm14, ymm14
       vpsubd   zmm13, zmm14, zmm13
       vmovaps  zmm14, zmm13
       vpternlogd zmm14, zmm7, zmm9, -54
       vpternlogd zmm13, zmm9, zmm7, -54
       vpaddd   zmm5, zmm5, zmm11
       vpandd   zmm5, zmm5, zmm12
       vpslld   zmm5, zmm5, 30
       vpandd   zmm7, zmm12, zmm11
       vpslld   zmm7, zmm7, 30
       vpxord   zmm5, zmm14, zmm5
       vpxord   zmm7, zmm13, zmm7
       vmulps   zmm8, zmm4, zmm8
       vmulps   zmm4, zmm4, zmm10
       vmulps   zmm5, zmm6, zmm5
       vmulps   zmm6, zmm6, zmm7
       vmovups  zmm7, zmmword ptr [reloc @RWD448]
       vmovups  zmm9, zmmword ptr [reloc @RWD512]
       vmovaps  zmm10, zmm8
       vpermt2d zmm10, zmm7, zmm4
       vpermt2d zmm8, zmm9, zmm4
       vpermi2d zmm7, zmm5, zmm6
       vpermt2d zmm5, zmm9, zmm6
       vmovups  zmm4, zmmword ptr [reloc @RWD576]
 
G_M000_IG09:                ;; offset=0x09DA
       vmovups  zmm6, zmmword ptr [reloc @RWD640]
       vmovaps  zmm9, zmm10
       vpermt2q zmm9, zmm4, zmm7
       vpermt2q zmm10, zmm6, zmm7
       vpermi2q zmm4, zmm8, zmm5
       vpermt2q zmm8, zmm6, zmm5
       vmulps   zmm5, zmm0, zmm9
       vmovups  zmmword ptr [r8], zmm5
       vmulps   zmm5, zmm0, zmm10
       vmovups  zmmword ptr [r8+0x40], zmm5
       vmulps   zmm4, zmm0, zmm4
       vmovups  zmmword ptr [r8+0x80], zmm4
       vmulps   zmm4, zmm0, zmm8
       vmovups  zmmword ptr [r8+0xC0], zmm4
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x0A46
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dq	000000009E3779B9h
RWD96  	dq	00000000BB67AE85h
RWD104 	dq	000000013C6EF372h
RWD112 	dq	0000000176CF5D0Ah
RWD120 	dq	00000001DAA66D2Bh
RWD128 	dq	0000000232370B8Fh
RWD136 	dq	0000000278DDE6E4h
RWD144 	dq	00000002ED9EBA14h
RWD152 	dq	000000031715609Dh
RWD160 	dq	00000003A9066899h
RWD168 	dq	00000003B54CDA56h
RWD176 	dq	00000004646E171Eh
RWD184 	dq	000000045384540Fh
RWD192 	dq	000000051FD5C5A3h
RWD200 	dq	00000004F1BBCDC8h
RWD208 	dq	00000005DB3D7428h
RWD216 	dq	000000058FF34781h
RWD224 	dq	0000000696A522ADh
RWD232 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD256 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD320 	dd	00000001h		; 1.4013e-45
RWD324 	dd	33800000h		; 5.96046e-08
RWD328 	dd	FFFFFF81h
RWD332 	dd	3F800000h		;         1
RWD336 	dd	007FFFFFh
RWD340 	dd	3FB504F3h
RWD344 	dd	00800000h
RWD348 	dd	BD9C151Dh		; -0.0762121
RWD352 	dd	3E0424F1h		;  0.129047
RWD356 	dd	BE079CE8h		; -0.132434
RWD360 	dd	3E1138CDh		;  0.141818
RWD364 	dd	BE2A1388h		;  -0.16609
RWD368 	dd	3E4CD1F6h		;   0.20002
RWD372 	dd	BE800214h		; -0.250016
RWD376 	dd	3EAAAAA8h		;  0.333333
RWD380 	dd	BEFFFFFCh		;      -0.5
RWD384 	dd	3717F7D1h		; 9.058e-06
RWD388 	dd	3F317180h		;  0.693138
RWD392 	dd	C0000000h		;        -2
RWD396 	dd	00200000h
RWD400 	dd	C1D368F9h		;  -26.4263
RWD404 	dd	4270FA83h		;   60.2446
RWD408 	dd	C2AAE9E4h		;  -85.4568
RWD412 	dd	4281E0F8h		;   64.9394
RWD416 	dd	C19DE9E6h		;  -19.7392
RWD420 	dd	42283C1Ah		;   42.0587
RWD424 	dd	C2996966h		;  -76.7059
RWD428 	dd	42A335E3h		;   81.6052
RWD432 	dd	C2255DE7h		;  -41.3417
RWD436 	dd	40C90FDBh		;   6.28319
RWD440 	dd	00000003h
RWD444 	dd	00000002h		; 2.8026e-45
RWD448 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD512 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD576 	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD640 	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 2635

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel512:RademacherSet(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 84 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       mov      eax, edi
       vpbroadcastq zmm1, rax
       shr      rdi, 32
       vpbroadcastq zmm2, rdi
       mov      eax, esi
       vpbroadcastq zmm3, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG08
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x002E
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm4, rdi
       vpaddq   zmm4, zmm4, zmmword ptr [reloc @RWD00]
       vpaddq   zmm5, zmm4, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm6, zmm4, 32
       vpsrlq   zmm7, zmm5, 32
       vxorps   ymm8, ymm8, ymm8
       vbroadcastsd zmm9, qword ptr [reloc @RWD72]
       vmovaps  zmm10, zmm9
       vbroadcastsd zmm11, qword ptr [reloc @RWD80]
       vmovaps  zmm12, zmm11
       vpmuludq zmm13, zmm4, zmm10
       vpmuludq zmm10, zmm5, zmm10
       vpmuludq zmm5, zmm3, zmm12
       vpmuludq zmm12, zmm3, zmm12
       vpsrlq   zmm4, zmm12, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpsrlq   zmm5, zmm5, 32
       vpternlogq zmm7, zmm5, zmm1, -106
       vmovaps  zmm5, zmm7
       vpsrlq   zmm6, zmm13, 32
       vpternlogq zmm6, zmm8, zmm2, -106
       vpsrlq   zmm7, zmm10, 32
       vpternlogq zmm8, zmm7, zmm2, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD88] {1to8}
       vpaddq   zmm14, zmm2, qword ptr [reloc @RWD96] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm8, zmm16
       vpsrlq   zmm6, zmm4, 32
       vmovaps  zmm8, zmm12
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm5, 32
       vpternlogq zmm12, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm13, zmm6, zmm14, -106
       vmovaps  zmm6, zmm13
       vpsrlq   zmm7, zmm15, 32
       vpternlogq zmm10, zmm7, zmm14, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD104] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD112] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG04:                ;; offset=0x01AB
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD120] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD128] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD136] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD144] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD152] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD160] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
 
G_M000_IG05:                ;; offset=0x031F
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD168] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD176] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD184] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD192] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD200] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD208] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG06:                ;; offset=0x0493
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD216] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD224] {1to8}
       vpmuludq zmm15, zmm4, zmm9
       vpmuludq zmm9, zmm5, zmm9
       vpmuludq zmm16, zmm6, zmm11
       vpmuludq zmm11, zmm10, zmm11
       vpsrlq   zmm4, zmm16, 32
       vpternlogq zmm8, zmm4, zmm7, -106
       vmovaps  zmm4, zmm8
       vpsrlq   zmm5, zmm11, 32
       vpternlogq zmm12, zmm5, zmm7, -106
       vmovaps  zmm5, zmm12
       vpsrlq   zmm6, zmm15, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm10, zmm9, 32
       vpternlogq zmm14, zmm10, zmm13, -106
       vmovaps  zmm10, zmm14
       vmovups  zmm7, zmmword ptr [reloc @RWD256]
       vpermt2d zmm4, zmm7, zmm5
       vpermt2d zmm16, zmm7, zmm11
       vpermt2d zmm6, zmm7, zmm10
       vpermt2d zmm15, zmm7, zmm9
       vbroadcastss zmm5, dword ptr [reloc @RWD320]
       vbroadcastss zmm7, dword ptr [reloc @RWD324]
       vpternlogd zmm4, zmm7, zmm5, -20
       vpternlogd zmm16, zmm7, zmm5, -20
       vpternlogd zmm6, zmm7, zmm5, -20
       vpternlogd zmm15, zmm7, zmm5, -20
       vmovups  zmm5, zmmword ptr [reloc @RWD384]
       vmovups  zmm7, zmmword ptr [reloc @RWD448]
       vmovaps  zmm8, zmm4
       vpermt2d zmm8, zmm5, zmm16
       vpermt2d zmm4, zmm7, zmm16
       vpermi2d zmm5, zmm6, zmm15
       vpermt2d zmm6, zmm7, zmm15
       vmovups  zmm7, zmmword ptr [reloc @RWD512]
       vmovups  zmm9, zmmword ptr [reloc @RWD576]
       vmovaps  zmm10, zmm8
       vpermt2q zmm10, zmm7, zmm5
       vpermt2q zmm8, zmm9, zmm5
       vpermi2q zmm7, zmm4, zmm6
       vpermt2q zmm4, zmm9, zmm6
       vmulps   zmm5, zmm0, zmm10
       vmovups  zmmword ptr [r8], zmm5
       vmulps   zmm5, zmm0, zmm8
       vmovups  zmmword ptr [r8+0x40], zmm5
       vmulps   zmm5, zmm0, zmm7
       vmovups  zmmword ptr [r8+0x80], zmm5
 
G_M000_IG07:                ;; offset=0x061A
       vmulps   zmm4, zmm0, zmm4
       vmovups  zmmword ptr [r8+0xC0], zmm4
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG08:                ;; offset=0x0638
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dq	000000009E3779B9h
RWD96  	dq	00000000BB67AE85h
RWD104 	dq	000000013C6EF372h
RWD112 	dq	0000000176CF5D0Ah
RWD120 	dq	00000001DAA66D2Bh
RWD128 	dq	0000000232370B8Fh
RWD136 	dq	0000000278DDE6E4h
RWD144 	dq	00000002ED9EBA14h
RWD152 	dq	000000031715609Dh
RWD160 	dq	00000003A9066899h
RWD168 	dq	00000003B54CDA56h
RWD176 	dq	00000004646E171Eh
RWD184 	dq	000000045384540Fh
RWD192 	dq	000000051FD5C5A3h
RWD200 	dq	00000004F1BBCDC8h
RWD208 	dq	00000005DB3D7428h
RWD216 	dq	000000058FF34781h
RWD224 	dq	0000000696A522ADh
RWD232 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD256 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD320 	dd	80000000h		;        -0
RWD324 	dd	3F800000h		;         1
RWD328 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
	dd	00000000h, 00000000h
RWD384 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD448 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD512 	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD576 	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 1597

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel512:GaussianAddProduct(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 299 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       mov      eax, edi
       vpbroadcastq zmm1, rax
       shr      rdi, 32
       vpbroadcastq zmm2, rdi
       mov      eax, esi
       vpbroadcastq zmm3, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x002E
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm4, rdi
       vpaddq   zmm4, zmm4, zmmword ptr [reloc @RWD00]
       vpaddq   zmm5, zmm4, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm6, zmm4, 32
       vpsrlq   zmm7, zmm5, 32
       vxorps   ymm8, ymm8, ymm8
       vbroadcastsd zmm9, qword ptr [reloc @RWD72]
       vmovaps  zmm10, zmm9
       vbroadcastsd zmm11, qword ptr [reloc @RWD80]
       vmovaps  zmm12, zmm11
       vpmuludq zmm13, zmm4, zmm10
       vpmuludq zmm10, zmm5, zmm10
       vpmuludq zmm5, zmm3, zmm12
       vpmuludq zmm12, zmm3, zmm12
       vpsrlq   zmm4, zmm12, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpsrlq   zmm5, zmm5, 32
       vpternlogq zmm7, zmm5, zmm1, -106
       vmovaps  zmm5, zmm7
       vpsrlq   zmm6, zmm13, 32
       vpternlogq zmm6, zmm8, zmm2, -106
       vpsrlq   zmm7, zmm10, 32
       vpternlogq zmm8, zmm7, zmm2, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD88] {1to8}
       vpaddq   zmm14, zmm2, qword ptr [reloc @RWD96] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm8, zmm16
       vpsrlq   zmm6, zmm4, 32
       vmovaps  zmm8, zmm12
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm5, 32
       vpternlogq zmm12, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm13, zmm6, zmm14, -106
       vmovaps  zmm6, zmm13
       vpsrlq   zmm7, zmm15, 32
       vpternlogq zmm10, zmm7, zmm14, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD104] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD112] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG04:                ;; offset=0x01AB
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD120] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD128] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD136] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD144] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD152] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD160] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
 
G_M000_IG05:                ;; offset=0x031F
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD168] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD176] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD184] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD192] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD200] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD208] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG06:                ;; offset=0x0493
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD216] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD224] {1to8}
       vpmuludq zmm15, zmm4, zmm9
       vpmuludq zmm9, zmm5, zmm9
       vpmuludq zmm16, zmm6, zmm11
       vpmuludq zmm11, zmm10, zmm11
       vpsrlq   zmm4, zmm16, 32
       vpternlogq zmm8, zmm4, zmm7, -106
       vmovaps  zmm4, zmm8
       vpsrlq   zmm5, zmm11, 32
       vpternlogq zmm12, zmm5, zmm7, -106
       vmovaps  zmm5, zmm12
       vpsrlq   zmm6, zmm15, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm10, zmm9, 32
       vpternlogq zmm14, zmm10, zmm13, -106
       vmovaps  zmm10, zmm14
       vmovups  zmm7, zmmword ptr [reloc @RWD256]
       vpermt2d zmm4, zmm7, zmm5
       vpermt2d zmm16, zmm7, zmm11
       vpermt2d zmm6, zmm7, zmm10
       vpermt2d zmm15, zmm7, zmm9
       vpsrld   zmm4, zmm4, 8
       vbroadcastss zmm5, dword ptr [reloc @RWD320]
       vpaddd   zmm4, zmm4, zmm5
       vcvtdq2ps zmm4, zmm4
       vbroadcastss zmm7, dword ptr [reloc @RWD324]
       vmulps   zmm4, zmm4, zmm7
       vpsrld   zmm8, zmm4, 23
       vpaddd   zmm8, zmm8, dword ptr [reloc @RWD328] {1to16}
       vbroadcastss zmm9, dword ptr [reloc @RWD332]
       vpternlogd zmm4, zmm9, dword ptr [reloc @RWD336] {1to16}, -20
       vpcmpgtd k1, zmm4, dword ptr [reloc @RWD340] {1to16}
       vpmovm2d zmm10, k1
       vpandd   zmm11, zmm10, dword ptr [reloc @RWD344] {1to16}
       vpsubd   zmm4, zmm4, zmm11
       vpsubd   zmm8, zmm8, zmm10
       vsubps   zmm4, zmm4, zmm9
       vbroadcastss zmm10, dword ptr [reloc @RWD348]
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD352] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD356] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD360] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD364] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD368] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD372] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD376] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD380] {1to16}
       vfmadd213ps zmm10, zmm4, zmm9
       vmulps   zmm4, zmm10, zmm4
 
G_M000_IG07:                ;; offset=0x0645
       vcvtdq2ps zmm8, zmm8
       vmovaps  zmm10, zmm8
       vfmadd132ps zmm10, zmm4, dword ptr [reloc @RWD384] {1to16}
       vmovaps  zmm4, zmm8
       vfmadd132ps zmm4, zmm10, dword ptr [reloc @RWD388] {1to16}
       vmulps   zmm4, zmm4, dword ptr [reloc @RWD392] {1to16}
       vsqrtps  zmm4, zmm4
       vpsrld   zmm6, zmm6, 8
       vpaddd   zmm6, zmm6, zmm5
       vcvtdq2ps zmm6, zmm6
       vmulps   zmm6, zmm6, zmm7
       vpsrld   zmm8, zmm6, 23
       vpaddd   zmm8, zmm8, dword ptr [reloc @RWD328] {1to16}
       vpternlogd zmm6, zmm9, dword ptr [reloc @RWD336] {1to16}, -20
       vpcmpgtd k1, zmm6, dword ptr [reloc @RWD340] {1to16}
       vpmovm2d zmm10, k1
       vpandd   zmm11, zmm10, dword ptr [reloc @RWD344] {1to16}
       vpsubd   zmm6, zmm6, zmm11
       vpsubd   zmm8, zmm8, zmm10
       vsubps   zmm6, zmm6, zmm9
       vbroadcastss zmm10, dword ptr [reloc @RWD348]
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD352] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD356] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD360] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD364] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD368] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD372] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD376] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD380] {1to16}
       vfmadd213ps zmm10, zmm6, zmm9
       vmulps   zmm6, zmm10, zmm6
       vcvtdq2ps zmm8, zmm8
       vmovaps  zmm10, zmm8
       vfmadd132ps zmm10, zmm6, dword ptr [reloc @RWD384] {1to16}
       vmovaps  zmm6, zmm8
       vfmadd132ps zmm6, zmm10, dword ptr [reloc @RWD388] {1to16}
       vmulps   zmm6, zmm6, dword ptr [reloc @RWD392] {1to16}
       vsqrtps  zmm6, zmm6
       vpsrld   zmm8, zmm16, 8
       vpaddd   zmm10, zmm8, dword ptr [reloc @RWD396] {1to16}
       vpsrld   zmm10, zmm10, 22
       vpslld   zmm11, zmm10, 22
       vpsubd   zmm8, zmm8, zmm11
       vcvtdq2ps zmm8, zmm8
       vmulps   zmm8, zmm8, zmm7
       vmulps   zmm11, zmm8, zmm8
       vbroadcastss zmm12, dword ptr [reloc @RWD400]
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD404] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD408] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD412] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD416] {1to16}
       vfmadd213ps zmm12, zmm11, zmm9
       vbroadcastss zmm13, dword ptr [reloc @RWD420]
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD424] {1to16}
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD428] {1to16}
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD432] {1to16}
       vfmadd213ps zmm11, zmm13, dword ptr [reloc @RWD436] {1to16}
       vmulps   zmm8, zmm11, zmm8
       vpandd   zmm10, zmm10, dword ptr [reloc @RWD440] {1to16}
       vpandd   zmm11, zmm5, zmm10
       vxorps   ymm13, ymm13, ymm13
       vpsubd   zmm11, zmm13, zmm11
 
G_M000_IG08:                ;; offset=0x083A
       vmovaps  zmm13, zmm11
       vpternlogd zmm13, zmm8, zmm12, -54
       vpternlogd zmm11, zmm12, zmm8, -54
       vpaddd   zmm8, zmm5, zmm10
       vbroadcastss zmm12, dword ptr [reloc @RWD444]
       vpandd   zmm8, zmm8, zmm12
       vpslld   zmm8, zmm8, 30
       vpandd   zmm10, zmm12, zmm10
       vpslld   zmm10, zmm10, 30
       vpxord   zmm8, zmm13, zmm8
       vpxord   zmm10, zmm11, zmm10
       vpsrld   zmm11, zmm15, 8
       vpaddd   zmm13, zmm11, dword ptr [reloc @RWD396] {1to16}
       vpsrld   zmm13, zmm13, 22
       vpslld   zmm14, zmm13, 22
       vpsubd   zmm11, zmm11, zmm14
       vcvtdq2ps zmm11, zmm11
       vmulps   zmm7, zmm11, zmm7
       vmulps   zmm11, zmm7, zmm7
       vbroadcastss zmm14, dword ptr [reloc @RWD400]
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD404] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD408] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD412] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD416] {1to16}
       vfmadd231ps zmm9, zmm11, zmm14
       vbroadcastss zmm14, dword ptr [reloc @RWD420]
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD424] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD428] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD432] {1to16}
       vfmadd213ps zmm11, zmm14, dword ptr [reloc @RWD436] {1to16}
       vmulps   zmm7, zmm11, zmm7
       vpandd   zmm11, zmm13, dword ptr [reloc @RWD440] {1to16}
       vpandd   zmm13, zmm5, zmm11
       vxorps   ymm14, ymm14, ymm14
       vpsubd   zmm13, zmm14, zmm13
       vmovaps  zmm14, zmm13
       vpternlogd zmm14, zmm7, zmm9, -54
       vpternlogd zmm13, zmm9, zmm7, -54
       vpaddd   zmm5, zmm5, zmm11
       vpandd   zmm5, zmm5, zmm12
       vpslld   zmm5, zmm5, 30
       vpandd   zmm7, zmm12, zmm11
       vpslld   zmm7, zmm7, 30
       vpxord   zmm5, zmm14, zmm5
       vpxord   zmm7, zmm13, zmm7
       vmulps   zmm8, zmm4, zmm8
       vmulps   zmm4, zmm4, zmm10
       vmulps   zmm5, zmm6, zmm5
       vmulps   zmm6, zmm6, zmm7
       vmovups  zmm7, zmmword ptr [reloc @RWD448]
       vmovups  zmm9, zmmword ptr [reloc @RWD512]
       vmovaps  zmm10, zmm8
       vpermt2d zmm10, zmm7, zmm4
       vpermt2d zmm8, zmm9, zmm4
       vpermi2d zmm7, zmm5, zmm6
       vpermt2d zmm5, zmm9, zmm6
       vmovups  zmm4, zmmword ptr [reloc @RWD576]
 
G_M000_IG09:                ;; offset=0x09DA
       vmovups  zmm6, zmmword ptr [reloc @RWD640]
       vmovaps  zmm9, zmm10
       vpermt2q zmm9, zmm4, zmm7
       vpermt2q zmm10, zmm6, zmm7
       vpermi2q zmm4, zmm8, zmm5
       vpermt2q zmm8, zmm6, zmm5
       vmulps   zmm5, zmm0, zmm9
       vaddps   zmm5, zmm5, zmmword ptr [r8]
       vmovups  zmmword ptr [r8], zmm5
       vmulps   zmm5, zmm0, zmm10
       vaddps   zmm5, zmm5, zmmword ptr [r8+0x40]
       vmovups  zmmword ptr [r8+0x40], zmm5
       vmulps   zmm4, zmm0, zmm4
       vaddps   zmm4, zmm4, zmmword ptr [r8+0x80]
       vmovups  zmmword ptr [r8+0x80], zmm4
       vmulps   zmm4, zmm0, zmm8
       vaddps   zmm4, zmm4, zmmword ptr [r8+0xC0]
       vmovups  zmmword ptr [r8+0xC0], zmm4
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x0A61
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dq	000000009E3779B9h
RWD96  	dq	00000000BB67AE85h
RWD104 	dq	000000013C6EF372h
RWD112 	dq	0000000176CF5D0Ah
RWD120 	dq	00000001DAA66D2Bh
RWD128 	dq	0000000232370B8Fh
RWD136 	dq	0000000278DDE6E4h
RWD144 	dq	00000002ED9EBA14h
RWD152 	dq	000000031715609Dh
RWD160 	dq	00000003A9066899h
RWD168 	dq	00000003B54CDA56h
RWD176 	dq	00000004646E171Eh
RWD184 	dq	000000045384540Fh
RWD192 	dq	000000051FD5C5A3h
RWD200 	dq	00000004F1BBCDC8h
RWD208 	dq	00000005DB3D7428h
RWD216 	dq	000000058FF34781h
RWD224 	dq	0000000696A522ADh
RWD232 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD256 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD320 	dd	00000001h		; 1.4013e-45
RWD324 	dd	33800000h		; 5.96046e-08
RWD328 	dd	FFFFFF81h
RWD332 	dd	3F800000h		;         1
RWD336 	dd	007FFFFFh
RWD340 	dd	3FB504F3h
RWD344 	dd	00800000h
RWD348 	dd	BD9C151Dh		; -0.0762121
RWD352 	dd	3E0424F1h		;  0.129047
RWD356 	dd	BE079CE8h		; -0.132434
RWD360 	dd	3E1138CDh		;  0.141818
RWD364 	dd	BE2A1388h		;  -0.16609
RWD368 	dd	3E4CD1F6h		;   0.20002
RWD372 	dd	BE800214h		; -0.250016
RWD376 	dd	3EAAAAA8h		;  0.333333
RWD380 	dd	BEFFFFFCh		;      -0.5
RWD384 	dd	3717F7D1h		; 9.058e-06
RWD388 	dd	3F317180h		;  0.693138
RWD392 	dd	C0000000h		;        -2
RWD396 	dd	00200000h
RWD400 	dd	C1D368F9h		;  -26.4263
RWD404 	dd	4270FA83h		;   60.2446
RWD408 	dd	C2AAE9E4h		;  -85.4568
RWD412 	dd	4281E0F8h		;   64.9394
RWD416 	dd	C19DE9E6h		;  -19.7392
RWD420 	dd	42283C1Ah		;   42.0587
RWD424 	dd	C2996966h		;  -76.7059
RWD428 	dd	42A335E3h		;   81.6052
RWD432 	dd	C2255DE7h		;  -41.3417
RWD436 	dd	40C90FDBh		;   6.28319
RWD440 	dd	00000003h
RWD444 	dd	00000002h		; 2.8026e-45
RWD448 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD512 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD576 	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD640 	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 2662

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel512:GaussianFma(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 299 single block inlinees; 0 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss zmm0, zmm0
       mov      eax, edi
       vpbroadcastq zmm1, rax
       shr      rdi, 32
       vpbroadcastq zmm2, rdi
       mov      eax, esi
       vpbroadcastq zmm3, rax
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG10
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x002E
       mov      edi, eax
       shl      edi, 4
       movsxd   rdi, edi
       add      rdi, rdx
       vpbroadcastq zmm4, rdi
       vpaddq   zmm4, zmm4, zmmword ptr [reloc @RWD00]
       vpaddq   zmm5, zmm4, qword ptr [reloc @RWD64] {1to8}
       vpsrlq   zmm6, zmm4, 32
       vpsrlq   zmm7, zmm5, 32
       vxorps   ymm8, ymm8, ymm8
       vbroadcastsd zmm9, qword ptr [reloc @RWD72]
       vmovaps  zmm10, zmm9
       vbroadcastsd zmm11, qword ptr [reloc @RWD80]
       vmovaps  zmm12, zmm11
       vpmuludq zmm13, zmm4, zmm10
       vpmuludq zmm10, zmm5, zmm10
       vpmuludq zmm5, zmm3, zmm12
       vpmuludq zmm12, zmm3, zmm12
       vpsrlq   zmm4, zmm12, 32
       vpternlogq zmm6, zmm4, zmm1, -106
       vmovaps  zmm4, zmm6
       vpsrlq   zmm5, zmm5, 32
       vpternlogq zmm7, zmm5, zmm1, -106
       vmovaps  zmm5, zmm7
       vpsrlq   zmm6, zmm13, 32
       vpternlogq zmm6, zmm8, zmm2, -106
       vpsrlq   zmm7, zmm10, 32
       vpternlogq zmm8, zmm7, zmm2, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD88] {1to8}
       vpaddq   zmm14, zmm2, qword ptr [reloc @RWD96] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm8, zmm16
       vpsrlq   zmm6, zmm4, 32
       vmovaps  zmm8, zmm12
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm5, 32
       vpternlogq zmm12, zmm6, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm13, zmm6, zmm14, -106
       vmovaps  zmm6, zmm13
       vpsrlq   zmm7, zmm15, 32
       vpternlogq zmm10, zmm7, zmm14, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD104] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD112] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG04:                ;; offset=0x01AB
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD120] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD128] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD136] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD144] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD152] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD160] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
 
G_M000_IG05:                ;; offset=0x031F
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD168] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD176] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD184] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD192] {1to8}
       vmovaps  zmm15, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm17, zmm4, zmm15
       vpmuludq zmm15, zmm5, zmm15
       vpmuludq zmm4, zmm6, zmm16
       vpmuludq zmm5, zmm10, zmm16
       vpsrlq   zmm6, zmm4, 32
       vpternlogq zmm8, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm5, 32
       vpternlogq zmm12, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm17, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm7, zmm15, 32
       vmovaps  zmm10, zmm14
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD200] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD208] {1to8}
       vmovaps  zmm14, zmm9
       vmovaps  zmm16, zmm11
       vpmuludq zmm18, zmm8, zmm14
       vpmuludq zmm14, zmm12, zmm14
       vpmuludq zmm8, zmm6, zmm16
       vpmuludq zmm12, zmm10, zmm16
       vpsrlq   zmm6, zmm8, 32
       vpternlogq zmm4, zmm6, zmm7, -106
       vpsrlq   zmm10, zmm12, 32
 
G_M000_IG06:                ;; offset=0x0493
       vpternlogq zmm5, zmm10, zmm7, -106
       vpsrlq   zmm6, zmm18, 32
       vpternlogq zmm17, zmm6, zmm13, -106
       vmovaps  zmm6, zmm17
       vpsrlq   zmm7, zmm14, 32
       vmovaps  zmm10, zmm15
       vpternlogq zmm10, zmm7, zmm13, -106
       vpaddq   zmm7, zmm1, qword ptr [reloc @RWD216] {1to8}
       vpaddq   zmm13, zmm2, qword ptr [reloc @RWD224] {1to8}
       vpmuludq zmm15, zmm4, zmm9
       vpmuludq zmm9, zmm5, zmm9
       vpmuludq zmm16, zmm6, zmm11
       vpmuludq zmm11, zmm10, zmm11
       vpsrlq   zmm4, zmm16, 32
       vpternlogq zmm8, zmm4, zmm7, -106
       vmovaps  zmm4, zmm8
       vpsrlq   zmm5, zmm11, 32
       vpternlogq zmm12, zmm5, zmm7, -106
       vmovaps  zmm5, zmm12
       vpsrlq   zmm6, zmm15, 32
       vpternlogq zmm18, zmm6, zmm13, -106
       vmovaps  zmm6, zmm18
       vpsrlq   zmm10, zmm9, 32
       vpternlogq zmm14, zmm10, zmm13, -106
       vmovaps  zmm10, zmm14
       vmovups  zmm7, zmmword ptr [reloc @RWD256]
       vpermt2d zmm4, zmm7, zmm5
       vpermt2d zmm16, zmm7, zmm11
       vpermt2d zmm6, zmm7, zmm10
       vpermt2d zmm15, zmm7, zmm9
       vpsrld   zmm4, zmm4, 8
       vbroadcastss zmm5, dword ptr [reloc @RWD320]
       vpaddd   zmm4, zmm4, zmm5
       vcvtdq2ps zmm4, zmm4
       vbroadcastss zmm7, dword ptr [reloc @RWD324]
       vmulps   zmm4, zmm4, zmm7
       vpsrld   zmm8, zmm4, 23
       vpaddd   zmm8, zmm8, dword ptr [reloc @RWD328] {1to16}
       vbroadcastss zmm9, dword ptr [reloc @RWD332]
       vpternlogd zmm4, zmm9, dword ptr [reloc @RWD336] {1to16}, -20
       vpcmpgtd k1, zmm4, dword ptr [reloc @RWD340] {1to16}
       vpmovm2d zmm10, k1
       vpandd   zmm11, zmm10, dword ptr [reloc @RWD344] {1to16}
       vpsubd   zmm4, zmm4, zmm11
       vpsubd   zmm8, zmm8, zmm10
       vsubps   zmm4, zmm4, zmm9
       vbroadcastss zmm10, dword ptr [reloc @RWD348]
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD352] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD356] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD360] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD364] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD368] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD372] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD376] {1to16}
       vfmadd213ps zmm10, zmm4, dword ptr [reloc @RWD380] {1to16}
       vfmadd213ps zmm10, zmm4, zmm9
       vmulps   zmm4, zmm10, zmm4
 
G_M000_IG07:                ;; offset=0x0645
       vcvtdq2ps zmm8, zmm8
       vmovaps  zmm10, zmm8
       vfmadd132ps zmm10, zmm4, dword ptr [reloc @RWD384] {1to16}
       vmovaps  zmm4, zmm8
       vfmadd132ps zmm4, zmm10, dword ptr [reloc @RWD388] {1to16}
       vmulps   zmm4, zmm4, dword ptr [reloc @RWD392] {1to16}
       vsqrtps  zmm4, zmm4
       vpsrld   zmm6, zmm6, 8
       vpaddd   zmm6, zmm6, zmm5
       vcvtdq2ps zmm6, zmm6
       vmulps   zmm6, zmm6, zmm7
       vpsrld   zmm8, zmm6, 23
       vpaddd   zmm8, zmm8, dword ptr [reloc @RWD328] {1to16}
       vpternlogd zmm6, zmm9, dword ptr [reloc @RWD336] {1to16}, -20
       vpcmpgtd k1, zmm6, dword ptr [reloc @RWD340] {1to16}
       vpmovm2d zmm10, k1
       vpandd   zmm11, zmm10, dword ptr [reloc @RWD344] {1to16}
       vpsubd   zmm6, zmm6, zmm11
       vpsubd   zmm8, zmm8, zmm10
       vsubps   zmm6, zmm6, zmm9
       vbroadcastss zmm10, dword ptr [reloc @RWD348]
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD352] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD356] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD360] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD364] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD368] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD372] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD376] {1to16}
       vfmadd213ps zmm10, zmm6, dword ptr [reloc @RWD380] {1to16}
       vfmadd213ps zmm10, zmm6, zmm9
       vmulps   zmm6, zmm10, zmm6
       vcvtdq2ps zmm8, zmm8
       vmovaps  zmm10, zmm8
       vfmadd132ps zmm10, zmm6, dword ptr [reloc @RWD384] {1to16}
       vmovaps  zmm6, zmm8
       vfmadd132ps zmm6, zmm10, dword ptr [reloc @RWD388] {1to16}
       vmulps   zmm6, zmm6, dword ptr [reloc @RWD392] {1to16}
       vsqrtps  zmm6, zmm6
       vpsrld   zmm8, zmm16, 8
       vpaddd   zmm10, zmm8, dword ptr [reloc @RWD396] {1to16}
       vpsrld   zmm10, zmm10, 22
       vpslld   zmm11, zmm10, 22
       vpsubd   zmm8, zmm8, zmm11
       vcvtdq2ps zmm8, zmm8
       vmulps   zmm8, zmm8, zmm7
       vmulps   zmm11, zmm8, zmm8
       vbroadcastss zmm12, dword ptr [reloc @RWD400]
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD404] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD408] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD412] {1to16}
       vfmadd213ps zmm12, zmm11, dword ptr [reloc @RWD416] {1to16}
       vfmadd213ps zmm12, zmm11, zmm9
       vbroadcastss zmm13, dword ptr [reloc @RWD420]
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD424] {1to16}
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD428] {1to16}
       vfmadd213ps zmm13, zmm11, dword ptr [reloc @RWD432] {1to16}
       vfmadd213ps zmm11, zmm13, dword ptr [reloc @RWD436] {1to16}
       vmulps   zmm8, zmm11, zmm8
       vpandd   zmm10, zmm10, dword ptr [reloc @RWD440] {1to16}
       vpandd   zmm11, zmm5, zmm10
       vxorps   ymm13, ymm13, ymm13
       vpsubd   zmm11, zmm13, zmm11
 
G_M000_IG08:                ;; offset=0x083A
       vmovaps  zmm13, zmm11
       vpternlogd zmm13, zmm8, zmm12, -54
       vpternlogd zmm11, zmm12, zmm8, -54
       vpaddd   zmm8, zmm5, zmm10
       vbroadcastss zmm12, dword ptr [reloc @RWD444]
       vpandd   zmm8, zmm8, zmm12
       vpslld   zmm8, zmm8, 30
       vpandd   zmm10, zmm12, zmm10
       vpslld   zmm10, zmm10, 30
       vpxord   zmm8, zmm13, zmm8
       vpxord   zmm10, zmm11, zmm10
       vpsrld   zmm11, zmm15, 8
       vpaddd   zmm13, zmm11, dword ptr [reloc @RWD396] {1to16}
       vpsrld   zmm13, zmm13, 22
       vpslld   zmm14, zmm13, 22
       vpsubd   zmm11, zmm11, zmm14
       vcvtdq2ps zmm11, zmm11
       vmulps   zmm7, zmm11, zmm7
       vmulps   zmm11, zmm7, zmm7
       vbroadcastss zmm14, dword ptr [reloc @RWD400]
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD404] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD408] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD412] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD416] {1to16}
       vfmadd231ps zmm9, zmm11, zmm14
       vbroadcastss zmm14, dword ptr [reloc @RWD420]
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD424] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD428] {1to16}
       vfmadd213ps zmm14, zmm11, dword ptr [reloc @RWD432] {1to16}
       vfmadd213ps zmm11, zmm14, dword ptr [reloc @RWD436] {1to16}
       vmulps   zmm7, zmm11, zmm7
       vpandd   zmm11, zmm13, dword ptr [reloc @RWD440] {1to16}
       vpandd   zmm13, zmm5, zmm11
       vxorps   ymm14, ymm14, ymm14
       vpsubd   zmm13, zmm14, zmm13
       vmovaps  zmm14, zmm13
       vpternlogd zmm14, zmm7, zmm9, -54
       vpternlogd zmm13, zmm9, zmm7, -54
       vpaddd   zmm5, zmm5, zmm11
       vpandd   zmm5, zmm5, zmm12
       vpslld   zmm5, zmm5, 30
       vpandd   zmm7, zmm12, zmm11
       vpslld   zmm7, zmm7, 30
       vpxord   zmm5, zmm14, zmm5
       vpxord   zmm7, zmm13, zmm7
       vmulps   zmm8, zmm4, zmm8
       vmulps   zmm4, zmm4, zmm10
       vmulps   zmm5, zmm6, zmm5
       vmulps   zmm6, zmm6, zmm7
       vmovups  zmm7, zmmword ptr [reloc @RWD448]
       vmovups  zmm9, zmmword ptr [reloc @RWD512]
       vmovaps  zmm10, zmm8
       vpermt2d zmm10, zmm7, zmm4
       vpermt2d zmm8, zmm9, zmm4
       vpermi2d zmm7, zmm5, zmm6
       vpermt2d zmm5, zmm9, zmm6
       vmovups  zmm4, zmmword ptr [reloc @RWD576]
 
G_M000_IG09:                ;; offset=0x09DA
       vmovups  zmm6, zmmword ptr [reloc @RWD640]
       vmovaps  zmm9, zmm10
       vpermt2q zmm9, zmm4, zmm7
       vpermt2q zmm10, zmm6, zmm7
       vpermi2q zmm4, zmm8, zmm5
       vpermt2q zmm8, zmm6, zmm5
       vfmadd213ps zmm9, zmm0, zmmword ptr [r8]
       vmovups  zmmword ptr [r8], zmm9
       vfmadd213ps zmm10, zmm0, zmmword ptr [r8+0x40]
       vmovups  zmmword ptr [r8+0x40], zmm10
       vfmadd213ps zmm4, zmm0, zmmword ptr [r8+0x80]
       vmovups  zmmword ptr [r8+0x80], zmm4
       vfmadd213ps zmm8, zmm0, zmmword ptr [r8+0xC0]
       vmovups  zmmword ptr [r8+0xC0], zmm8
       inc      eax
       add      r8, 256
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG10:                ;; offset=0x0A49
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000000000000h, 0000000000000001h, 0000000000000002h, 0000000000000003h, 0000000000000004h, 0000000000000005h, 0000000000000006h, 0000000000000007h
RWD64  	dq	0000000000000008h
RWD72  	dq	00000000D2511F53h
RWD80  	dq	00000000CD9E8D57h
RWD88  	dq	000000009E3779B9h
RWD96  	dq	00000000BB67AE85h
RWD104 	dq	000000013C6EF372h
RWD112 	dq	0000000176CF5D0Ah
RWD120 	dq	00000001DAA66D2Bh
RWD128 	dq	0000000232370B8Fh
RWD136 	dq	0000000278DDE6E4h
RWD144 	dq	00000002ED9EBA14h
RWD152 	dq	000000031715609Dh
RWD160 	dq	00000003A9066899h
RWD168 	dq	00000003B54CDA56h
RWD176 	dq	00000004646E171Eh
RWD184 	dq	000000045384540Fh
RWD192 	dq	000000051FD5C5A3h
RWD200 	dq	00000004F1BBCDC8h
RWD208 	dq	00000005DB3D7428h
RWD216 	dq	000000058FF34781h
RWD224 	dq	0000000696A522ADh
RWD232 	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD256 	dq	0000000200000000h, 0000000600000004h, 0000000A00000008h, 0000000E0000000Ch, 0000001200000010h, 0000001600000014h, 0000001A00000018h, 0000001E0000001Ch
RWD320 	dd	00000001h		; 1.4013e-45
RWD324 	dd	33800000h		; 5.96046e-08
RWD328 	dd	FFFFFF81h
RWD332 	dd	3F800000h		;         1
RWD336 	dd	007FFFFFh
RWD340 	dd	3FB504F3h
RWD344 	dd	00800000h
RWD348 	dd	BD9C151Dh		; -0.0762121
RWD352 	dd	3E0424F1h		;  0.129047
RWD356 	dd	BE079CE8h		; -0.132434
RWD360 	dd	3E1138CDh		;  0.141818
RWD364 	dd	BE2A1388h		;  -0.16609
RWD368 	dd	3E4CD1F6h		;   0.20002
RWD372 	dd	BE800214h		; -0.250016
RWD376 	dd	3EAAAAA8h		;  0.333333
RWD380 	dd	BEFFFFFCh		;      -0.5
RWD384 	dd	3717F7D1h		; 9.058e-06
RWD388 	dd	3F317180h		;  0.693138
RWD392 	dd	C0000000h		;        -2
RWD396 	dd	00200000h
RWD400 	dd	C1D368F9h		;  -26.4263
RWD404 	dd	4270FA83h		;   60.2446
RWD408 	dd	C2AAE9E4h		;  -85.4568
RWD412 	dd	4281E0F8h		;   64.9394
RWD416 	dd	C19DE9E6h		;  -19.7392
RWD420 	dd	42283C1Ah		;   42.0587
RWD424 	dd	C2996966h		;  -76.7059
RWD428 	dd	42A335E3h		;   81.6052
RWD432 	dd	C2255DE7h		;  -41.3417
RWD436 	dd	40C90FDBh		;   6.28319
RWD440 	dd	00000003h
RWD444 	dd	00000002h		; 2.8026e-45
RWD448 	dq	0000001000000000h, 0000001100000001h, 0000001200000002h, 0000001300000003h, 0000001400000004h, 0000001500000005h, 0000001600000006h, 0000001700000007h
RWD512 	dq	0000001800000008h, 0000001900000009h, 0000001A0000000Ah, 0000001B0000000Bh, 0000001C0000000Ch, 0000001D0000000Dh, 0000001E0000000Eh, 0000001F0000000Fh
RWD576 	dq	0000000000000000h, 0000000000000008h, 0000000000000001h, 0000000000000009h, 0000000000000002h, 000000000000000Ah, 0000000000000003h, 000000000000000Bh
RWD640 	dq	0000000000000004h, 000000000000000Ch, 0000000000000005h, 000000000000000Dh, 0000000000000006h, 000000000000000Eh, 0000000000000007h, 000000000000000Fh

; Total bytes of code 2638

