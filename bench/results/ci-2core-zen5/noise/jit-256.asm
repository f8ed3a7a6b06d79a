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
       mov      edi, 0x332B
       mov      rsi, 0x7F6D8D5DF848
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x80], rax
       mov      rsi, gword ptr [rbp-0x80]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       lea      rdi, [rbp-0x58]
       mov      esi, dword ptr [rbp-0x20]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendFormatted[int](int):this]
       mov      edi, 656
       mov      rsi, 0x7F6D8D5DF848
       call     [CORINFO_HELP_STRCNS]
       mov      gword ptr [rbp-0x88], rax
       mov      rsi, gword ptr [rbp-0x88]
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:AppendLiteral(System.String):this]
       mov      rdi, 0x7F6D8D08CD28
       call     CORINFO_HELP_NEWSFAST
       mov      gword ptr [rbp-0x78], rax
       lea      rdi, [rbp-0x58]
       call     [System.Runtime.CompilerServices.DefaultInterpolatedStringHandler:ToStringAndClear():System.String:this]
       mov      gword ptr [rbp-0x90], rax
       mov      edi, 0xC4D
       mov      rsi, 0x7F6D8D5DF848
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
       je       G_M000_IG07
       cmp      dword ptr [rbp-0x6C], 256
       je       SHORT G_M000_IG06
       cmp      dword ptr [rbp-0x6C], 512
       jne      G_M000_IG08
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
       jmp      G_M000_IG09
 
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
       jmp      SHORT G_M000_IG09
 
G_M000_IG06:                ;; offset=0x01EE
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
       jmp      SHORT G_M000_IG09
 
G_M000_IG07:                ;; offset=0x0216
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
       jmp      SHORT G_M000_IG09
 
G_M000_IG08:                ;; offset=0x023E
       mov      rdi, qword ptr [rbp-0x08]
       mov      esi, dword ptr [rbp-0x0C]
       mov      rdx, qword ptr [rbp-0x18]
       mov      ecx, dword ptr [rbp-0x30]
       mov      r8, qword ptr [rbp-0x60]
       call     [ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes1,uint,float]:Words(ulong,uint,ulong,int,ptr)]
 
G_M000_IG09:                ;; offset=0x0256
       xor      eax, eax
       mov      bword ptr [rbp-0x68], rax
 
G_M000_IG10:                ;; offset=0x025C
       add      rsp, 160
       pop      rbp
       ret      
 
; Total bytes of code 613

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:Words(ulong,uint,ulong,int,ptr) (FullOpts)
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
       vpbroadcastd ymm0, ymm0
       vmovd    xmm1, edi
       vpbroadcastd ymm1, ymm1
       shr      rdi, 32
       vmovd    xmm2, edi
       vpbroadcastd ymm2, ymm2
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG08
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x002D
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       mov      esi, edi
       vmovd    xmm3, esi
       vpbroadcastd ymm3, ymm3
       vpaddd   ymm3, ymm3, ymmword ptr [reloc @RWD00]
       xor      esi, 0xFFFFFFFF80000000
       vmovd    xmm4, esi
       vpbroadcastd ymm4, ymm4
       vpxor    ymm5, ymm3, ymmword ptr [reloc @RWD32]
       vpcmpgtd ymm4, ymm4, ymm5
       shr      rdi, 32
       vmovd    xmm5, edi
       vpbroadcastd ymm5, ymm5
       vpsubd   ymm4, ymm5, ymm4
       vbroadcastss ymm5, dword ptr [reloc @RWD64]
       vmovaps  ymm6, ymm5
       vpmuludq ymm7, ymm3, ymm6
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm6
       vpsllq   ymm6, ymm3, 32
       vpblendd ymm6, ymm7, ymm6, -86
       vpsrlq   ymm7, ymm7, 32
       vpblendd ymm3, ymm7, ymm3, -86
       vbroadcastss ymm7, dword ptr [reloc @RWD68]
       vmovaps  ymm8, ymm7
       vpmuludq ymm9, ymm0, ymm8
       vpsrlq   ymm10, ymm0, 32
       vpmuludq ymm8, ymm10, ymm8
       vpsllq   ymm10, ymm8, 32
       vpblendd ymm10, ymm9, ymm10, -86
       vpsrlq   ymm9, ymm9, 32
       vpblendd ymm8, ymm9, ymm8, -86
       vpxor    ymm4, ymm8, ymm4
       vpxor    ymm4, ymm4, ymm1
       vpxor    ymm3, ymm2, ymm3
       vpaddd   ymm8, ymm1, ymmword ptr [reloc @RWD96]
       vpaddd   ymm9, ymm2, ymmword ptr [reloc @RWD128]
       vmovaps  ymm11, ymm5
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm7
       vpmuludq ymm13, ymm3, ymm12
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm12
       vpsllq   ymm12, ymm3, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm3, ymm13, ymm3, -86
       vpxor    ymm3, ymm3, ymm10
 
G_M000_IG04:                ;; offset=0x0152
       vpxor    ymm3, ymm3, ymm8
       vpxor    ymm4, ymm6, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD160]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD192]
       vmovaps  ymm9, ymm5
       vpmuludq ymm10, ymm3, ymm9
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm9
       vpsllq   ymm9, ymm3, 32
       vpblendd ymm9, ymm10, ymm9, -86
       vpsrlq   ymm10, ymm10, 32
       vpblendd ymm3, ymm10, ymm3, -86
       vmovaps  ymm10, ymm7
       vpmuludq ymm13, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm13, ymm10, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm4, ymm13, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm3, ymm11, ymm3
       vpxor    ymm3, ymm3, ymm8
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD224]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD256]
       vmovaps  ymm11, ymm5
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm7
       vpmuludq ymm13, ymm3, ymm12
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm12
       vpsllq   ymm12, ymm3, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm3, ymm13, ymm3, -86
       vpxor    ymm3, ymm3, ymm10
       vpxor    ymm3, ymm3, ymm6
       vpxor    ymm4, ymm9, ymm4
       vpxor    ymm4, ymm4, ymm8
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD288]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD320]
       vmovaps  ymm9, ymm5
       vpmuludq ymm10, ymm3, ymm9
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm9
 
G_M000_IG05:                ;; offset=0x026F
       vpsllq   ymm9, ymm3, 32
       vpblendd ymm9, ymm10, ymm9, -86
       vpsrlq   ymm10, ymm10, 32
       vpblendd ymm3, ymm10, ymm3, -86
       vmovaps  ymm10, ymm7
       vpmuludq ymm13, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm13, ymm10, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm4, ymm13, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm3, ymm11, ymm3
       vpxor    ymm3, ymm3, ymm8
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD352]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD384]
       vmovaps  ymm11, ymm5
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm7
       vpmuludq ymm13, ymm3, ymm12
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm12
       vpsllq   ymm12, ymm3, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm3, ymm13, ymm3, -86
       vpxor    ymm3, ymm3, ymm10
       vpxor    ymm3, ymm3, ymm6
       vpxor    ymm4, ymm9, ymm4
       vpxor    ymm4, ymm4, ymm8
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD416]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD448]
       vmovaps  ymm9, ymm5
       vpmuludq ymm10, ymm3, ymm9
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm9
       vpsllq   ymm9, ymm3, 32
       vpblendd ymm9, ymm10, ymm9, -86
       vpsrlq   ymm10, ymm10, 32
       vpblendd ymm3, ymm10, ymm3, -86
       vmovaps  ymm10, ymm7
       vpmuludq ymm13, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
 
G_M000_IG06:                ;; offset=0x0385
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm13, ymm10, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm4, ymm13, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm3, ymm11, ymm3
       vpxor    ymm3, ymm3, ymm8
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD480]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD512]
       vmovaps  ymm11, ymm5
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm7
       vpmuludq ymm13, ymm3, ymm12
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm12
       vpsllq   ymm12, ymm3, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm3, ymm13, ymm3, -86
       vpxor    ymm3, ymm3, ymm10
       vpxor    ymm3, ymm3, ymm6
       vpxor    ymm4, ymm9, ymm4
       vpxor    ymm4, ymm4, ymm8
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD544]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD576]
       vmovaps  ymm9, ymm5
       vpmuludq ymm10, ymm3, ymm9
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm9
       vpsllq   ymm9, ymm3, 32
       vpblendd ymm9, ymm10, ymm9, -86
       vpsrlq   ymm10, ymm10, 32
       vpblendd ymm3, ymm10, ymm3, -86
       vmovaps  ymm10, ymm7
       vpmuludq ymm13, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm13, ymm10, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm4, ymm13, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm6
       vpxor    ymm3, ymm11, ymm3
       vpxor    ymm3, ymm3, ymm8
 
G_M000_IG07:                ;; offset=0x049A
       vpaddd   ymm6, ymm1, ymmword ptr [reloc @RWD608]
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD640]
       vpmuludq ymm11, ymm4, ymm5
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm5
       vpsllq   ymm5, ymm4, 32
       vpblendd ymm5, ymm11, ymm5, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vpmuludq ymm11, ymm3, ymm7
       vpsrlq   ymm3, ymm3, 32
       vpmuludq ymm3, ymm3, ymm7
       vpsllq   ymm7, ymm3, 32
       vpblendd ymm7, ymm11, ymm7, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm3, ymm11, ymm3, -86
       vpxor    ymm3, ymm3, ymm10
       vpxor    ymm3, ymm3, ymm6
       vpxor    ymm4, ymm9, ymm4
       vpxor    ymm4, ymm4, ymm8
       vunpckhps ymm6, ymm3, ymm7
       vunpcklps ymm8, ymm4, ymm5
       vunpckhps ymm4, ymm4, ymm5
       vunpcklps ymm3, ymm3, ymm7
       vunpcklpd ymm5, ymm3, ymm8
       vunpckhpd ymm3, ymm3, ymm8
       vunpcklpd ymm7, ymm6, ymm4
       vunpckhpd ymm4, ymm6, ymm4
       vperm2f128 ymm6, ymm5, ymm3, 32
       vperm2f128 ymm8, ymm7, ymm4, 32
       vperm2f128 ymm3, ymm5, ymm3, 49
       vperm2f128 ymm4, ymm7, ymm4, 49
       vmovups  ymmword ptr [r8], ymm6
       vmovups  ymmword ptr [r8+0x20], ymm8
       vmovups  ymmword ptr [r8+0x40], ymm3
       vmovups  ymmword ptr [r8+0x60], ymm4
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       jl       G_M000_IG03
 
G_M000_IG08:                ;; offset=0x0566
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h, 0000000500000004h, 0000000700000006h
RWD32  	dq	8000000080000000h, 8000000080000000h, 8000000080000000h, 8000000080000000h
RWD64  	dd	D2511F53h		; -2.24543e+11
RWD68  	dd	CD9E8D57h		; -3.32508e+08
RWD72  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD128 	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD160 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD192 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD224 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD256 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD288 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD320 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD352 	dq	1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh
RWD384 	dq	A9066899A9066899h, A9066899A9066899h, A9066899A9066899h, A9066899A9066899h
RWD416 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD448 	dq	646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh
RWD480 	dq	5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh
RWD512 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD544 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD576 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD608 	dq	8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h
RWD640 	dq	96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh

; Total bytes of code 1387

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:GaussianSet(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 408 single block inlinees; 21 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       sub      rsp, 784
       lea      rbp, [rsp+0x310]
 
G_M000_IG02:                ;; offset=0x0010
       vbroadcastss ymm0, ymm0
       vmovd    xmm1, esi
       vpbroadcastd ymm1, ymm1
       vmovups  ymmword ptr [rbp-0x30], ymm1
       vmovd    xmm2, edi
       vpbroadcastd ymm2, ymm2
       shr      rdi, 32
       vmovd    xmm3, edi
       vpbroadcastd ymm3, ymm3
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG12
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0043
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       mov      esi, edi
       vmovd    xmm4, esi
       vpbroadcastd ymm4, ymm4
       vpaddd   ymm4, ymm4, ymmword ptr [reloc @RWD00]
       xor      esi, 0xFFFFFFFF80000000
       vmovd    xmm5, esi
       vpbroadcastd ymm5, ymm5
       vpxor    ymm6, ymm4, ymmword ptr [reloc @RWD32]
       vpcmpgtd ymm5, ymm5, ymm6
       shr      rdi, 32
       vmovd    xmm6, edi
       vpbroadcastd ymm6, ymm6
       vpsubd   ymm5, ymm6, ymm5
       vbroadcastss ymm6, dword ptr [reloc @RWD64]
       vmovaps  ymm7, ymm6
       vpmuludq ymm8, ymm4, ymm7
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm7
       vpsllq   ymm7, ymm4, 32
       vpblendd ymm7, ymm8, ymm7, -86
       vpsrlq   ymm8, ymm8, 32
       vpblendd ymm4, ymm8, ymm4, -86
       vbroadcastss ymm8, dword ptr [reloc @RWD68]
       vmovaps  ymm9, ymm8
       vpmuludq ymm10, ymm1, ymm9
       vpsrlq   ymm11, ymm1, 32
       vpmuludq ymm9, ymm11, ymm9
       vpsllq   ymm11, ymm9, 32
       vpblendd ymm11, ymm10, ymm11, -86
       vpsrlq   ymm10, ymm10, 32
       vpblendd ymm9, ymm10, ymm9, -86
       vpxor    ymm5, ymm9, ymm5
       vpxor    ymm5, ymm5, ymm2
       vpxor    ymm4, ymm3, ymm4
       vpaddd   ymm9, ymm2, ymmword ptr [reloc @RWD96]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD128]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
 
G_M000_IG04:                ;; offset=0x016B
       vpxor    ymm4, ymm4, ymm9
       vpxor    ymm5, ymm7, ymm5
       vpxor    ymm5, ymm5, ymm10
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD160]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD192]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD224]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD256]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD288]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD320]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
 
G_M000_IG05:                ;; offset=0x028A
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD352]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD384]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD416]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD448]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
 
G_M000_IG06:                ;; offset=0x03A3
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD480]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD512]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD544]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD576]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
 
G_M000_IG07:                ;; offset=0x04BA
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD608]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD640]
       vpmuludq ymm12, ymm5, ymm6
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm6
       vpsllq   ymm6, ymm5, 32
       vpblendd ymm6, ymm12, ymm6, -86
       vmovups  ymmword ptr [rbp-0x50], ymm6
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm5, ymm12, ymm5, -86
       vpmuludq ymm12, ymm4, ymm8
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm8
       vpsllq   ymm8, ymm4, 32
       vpblendd ymm8, ymm12, ymm8, -86
       vmovups  ymmword ptr [rbp-0x70], ymm8
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vmovups  ymmword ptr [rbp-0x90], ymm5
       vpsrld   ymm4, ymm4, 8
       vbroadcastss ymm7, dword ptr [reloc @RWD672]
       vpaddd   ymm4, ymm4, ymm7
       vcvtdq2ps ymm4, ymm4
       vbroadcastss ymm9, dword ptr [reloc @RWD676]
       vmulps   ymm4, ymm4, ymm9
       vpsrld   ymm10, ymm4, 23
       vbroadcastss ymm11, dword ptr [reloc @RWD680]
       vpaddd   ymm10, ymm10, ymm11
       vbroadcastss ymm12, dword ptr [reloc @RWD684]
       vpand    ymm4, ymm12, ymm4
       vbroadcastss ymm13, dword ptr [reloc @RWD688]
       vpor     ymm4, ymm4, ymm13
       vbroadcastss ymm14, dword ptr [reloc @RWD692]
       vpcmpgtd ymm15, ymm4, ymm14
       vbroadcastss ymm6, dword ptr [reloc @RWD696]
       vpand    ymm8, ymm6, ymm15
       vpsubd   ymm4, ymm4, ymm8
       vpsubd   ymm10, ymm10, ymm15
       vsubps   ymm4, ymm4, ymm13
       vbroadcastss ymm8, dword ptr [reloc @RWD700]
       vmovups  ymmword ptr [rbp-0x130], ymm8
       vbroadcastss ymm15, dword ptr [reloc @RWD704]
       vmovaps  ymm5, ymm8
       vfmadd213ps ymm5, ymm4, ymm15
       vbroadcastss ymm1, dword ptr [reloc @RWD708]
       vmovups  ymmword ptr [rbp-0x150], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD712]
       vmovups  ymmword ptr [rbp-0x170], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD716]
       vmovups  ymmword ptr [rbp-0x190], ymm1
 
G_M000_IG08:                ;; offset=0x0616
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD720]
       vmovups  ymmword ptr [rbp-0x1B0], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD724]
       vmovups  ymmword ptr [rbp-0x1D0], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vmovups  ymmword ptr [rbp-0xF0], ymm5
       vbroadcastss ymm5, dword ptr [reloc @RWD728]
       vmovups  ymmword ptr [rbp-0x1F0], ymm5
       vmovups  ymm1, ymmword ptr [rbp-0xF0]
       vfmadd213ps ymm1, ymm4, ymm5
       vbroadcastss ymm5, dword ptr [reloc @RWD732]
       vmovups  ymmword ptr [rbp-0x210], ymm5
       vfmadd213ps ymm1, ymm4, ymm5
       vfmadd213ps ymm1, ymm4, ymm13
       vmulps   ymm1, ymm1, ymm4
       vmovups  ymmword ptr [rbp-0x110], ymm1
       vcvtdq2ps ymm4, ymm10
       vbroadcastss ymm10, dword ptr [reloc @RWD736]
       vbroadcastss ymm1, dword ptr [reloc @RWD740]
       vmovups  ymm5, ymmword ptr [rbp-0x110]
       vmovaps  ymm8, ymm4
       vfmadd213ps ymm8, ymm1, ymm5
       vfmadd231ps ymm8, ymm10, ymm4
       vbroadcastss ymm4, dword ptr [reloc @RWD744]
       vmulps   ymm5, ymm8, ymm4
       vsqrtps  ymm5, ymm5
       vmovups  ymmword ptr [rbp-0xB0], ymm5
       vmovups  ymm8, ymmword ptr [rbp-0x90]
       vpsrld   ymm8, ymm8, 8
       vpaddd   ymm8, ymm8, ymm7
       vcvtdq2ps ymm8, ymm8
       vmulps   ymm8, ymm8, ymm9
       vpsrld   ymm5, ymm8, 23
       vpaddd   ymm5, ymm5, ymm11
       vpand    ymm8, ymm12, ymm8
       vpor     ymm8, ymm8, ymm13
       vpcmpgtd ymm11, ymm8, ymm14
       vpand    ymm6, ymm6, ymm11
       vpsubd   ymm6, ymm8, ymm6
       vpsubd   ymm5, ymm5, ymm11
       vsubps   ymm6, ymm6, ymm13
       vfmadd231ps ymm15, ymm6, ymmword ptr [rbp-0x130]
       vmovups  ymm8, ymmword ptr [rbp-0x150]
       vfmadd231ps ymm8, ymm6, ymm15
       vmovups  ymm11, ymmword ptr [rbp-0x170]
       vfmadd231ps ymm11, ymm6, ymm8
       vmovups  ymm8, ymmword ptr [rbp-0x190]
       vfmadd231ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x1B0]
       vfmadd231ps ymm11, ymm6, ymm8
       vmovups  ymm8, ymmword ptr [rbp-0x1D0]
       vfmadd231ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x1F0]
       vfmadd213ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x210]
       vfmadd231ps ymm11, ymm6, ymm8
       vfmadd213ps ymm11, ymm6, ymm13
       vmulps   ymm6, ymm11, ymm6
 
G_M000_IG09:                ;; offset=0x0790
       vcvtdq2ps ymm5, ymm5
       vmovaps  ymm8, ymm5
       vfmadd213ps ymm8, ymm1, ymm6
       vfmadd213ps ymm10, ymm5, ymm8
       vmulps   ymm1, ymm10, ymm4
       vsqrtps  ymm1, ymm1
       vmovups  ymmword ptr [rbp-0xD0], ymm1
       vmovups  ymm8, ymmword ptr [rbp-0x70]
       vpsrld   ymm4, ymm8, 8
       vbroadcastss ymm5, dword ptr [reloc @RWD748]
       vpaddd   ymm6, ymm5, ymm4
       vpsrld   ymm6, ymm6, 22
       vpslld   ymm8, ymm6, 22
       vpsubd   ymm4, ymm4, ymm8
       vcvtdq2ps ymm4, ymm4
       vmulps   ymm4, ymm4, ymm9
       vmulps   ymm8, ymm4, ymm4
       vbroadcastss ymm10, dword ptr [reloc @RWD752]
       vbroadcastss ymm11, dword ptr [reloc @RWD756]
       vmovaps  ymm12, ymm10
       vfmadd213ps ymm12, ymm8, ymm11
       vbroadcastss ymm14, dword ptr [reloc @RWD760]
       vfmadd213ps ymm12, ymm8, ymm14
       vbroadcastss ymm15, dword ptr [reloc @RWD764]
       vmovups  ymmword ptr [rbp-0x230], ymm15
       vfmadd213ps ymm12, ymm8, ymm15
       vbroadcastss ymm1, dword ptr [reloc @RWD768]
       vmovups  ymmword ptr [rbp-0x250], ymm1
       vfmadd213ps ymm12, ymm8, ymm1
       vfmadd213ps ymm12, ymm8, ymm13
       vbroadcastss ymm1, dword ptr [reloc @RWD772]
       vmovups  ymmword ptr [rbp-0x270], ymm1
       vbroadcastss ymm15, dword ptr [reloc @RWD776]
       vmovups  ymmword ptr [rbp-0x290], ymm15
       vfmadd231ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD780]
       vmovups  ymmword ptr [rbp-0x2B0], ymm1
       vfmadd213ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD784]
       vmovups  ymmword ptr [rbp-0x2D0], ymm1
       vfmadd213ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD788]
       vmovups  ymmword ptr [rbp-0x2F0], ymm1
       vfmadd213ps ymm8, ymm15, ymm1
       vmulps   ymm4, ymm8, ymm4
       vbroadcastss ymm8, dword ptr [reloc @RWD792]
       vmovups  ymmword ptr [rbp-0x310], ymm8
       vpand    ymm6, ymm8, ymm6
       vpand    ymm15, ymm7, ymm6
       vxorps   ymm8, ymm8, ymm8
       vpsubd   ymm8, ymm8, ymm15
       vpand    ymm15, ymm8, ymm4
       vpandn   ymm1, ymm8, ymm12
       vpor     ymm1, ymm1, ymm15
       vpand    ymm12, ymm8, ymm12
       vpandn   ymm4, ymm8, ymm4
       vpor     ymm4, ymm4, ymm12
       vpaddd   ymm8, ymm7, ymm6
       vbroadcastss ymm12, dword ptr [reloc @RWD796]
       vpand    ymm8, ymm8, ymm12
 
G_M000_IG10:                ;; offset=0x08FF
       vpslld   ymm8, ymm8, 30
       vpand    ymm6, ymm12, ymm6
       vpslld   ymm6, ymm6, 30
       vpxor    ymm1, ymm1, ymm8
       vpxor    ymm4, ymm4, ymm6
       vmovups  ymm6, ymmword ptr [rbp-0x50]
       vpsrld   ymm6, ymm6, 8
       vpaddd   ymm5, ymm5, ymm6
       vpsrld   ymm5, ymm5, 22
       vpslld   ymm8, ymm5, 22
       vpsubd   ymm6, ymm6, ymm8
       vcvtdq2ps ymm6, ymm6
       vmulps   ymm6, ymm6, ymm9
       vmulps   ymm8, ymm6, ymm6
       vfmadd231ps ymm11, ymm8, ymm10
       vfmadd231ps ymm14, ymm8, ymm11
       vmovups  ymm15, ymmword ptr [rbp-0x230]
       vfmadd231ps ymm15, ymm8, ymm14
       vmovups  ymm9, ymmword ptr [rbp-0x250]
       vfmadd231ps ymm9, ymm8, ymm15
       vfmadd231ps ymm13, ymm8, ymm9
       vmovups  ymm15, ymmword ptr [rbp-0x290]
       vfmadd231ps ymm15, ymm8, ymmword ptr [rbp-0x270]
       vmovups  ymm9, ymmword ptr [rbp-0x2B0]
       vfmadd231ps ymm9, ymm8, ymm15
       vmovups  ymm10, ymmword ptr [rbp-0x2D0]
       vfmadd231ps ymm10, ymm8, ymm9
       vfmadd213ps ymm8, ymm10, ymmword ptr [rbp-0x2F0]
       vmulps   ymm6, ymm8, ymm6
       vmovups  ymm8, ymmword ptr [rbp-0x310]
       vpand    ymm5, ymm8, ymm5
       vpand    ymm8, ymm7, ymm5
       vxorps   ymm9, ymm9, ymm9
       vpsubd   ymm8, ymm9, ymm8
       vpand    ymm9, ymm8, ymm6
       vpandn   ymm10, ymm8, ymm13
       vpor     ymm9, ymm10, ymm9
       vpand    ymm10, ymm8, ymm13
       vpandn   ymm6, ymm8, ymm6
       vpor     ymm6, ymm6, ymm10
       vpaddd   ymm7, ymm7, ymm5
       vpand    ymm7, ymm7, ymm12
       vpslld   ymm7, ymm7, 30
       vpand    ymm5, ymm12, ymm5
       vpslld   ymm5, ymm5, 30
       vpxor    ymm7, ymm9, ymm7
       vpxor    ymm5, ymm6, ymm5
       vmovups  ymm6, ymmword ptr [rbp-0xB0]
       vmulps   ymm1, ymm6, ymm1
       vmulps   ymm4, ymm6, ymm4
       vmovups  ymm6, ymmword ptr [rbp-0xD0]
       vmulps   ymm7, ymm6, ymm7
       vmulps   ymm5, ymm6, ymm5
       vunpckhps ymm6, ymm1, ymm4
       vunpcklps ymm8, ymm7, ymm5
       vunpckhps ymm7, ymm7, ymm5
       vunpcklps ymm1, ymm1, ymm4
 
G_M000_IG11:                ;; offset=0x0A27
       vunpcklpd ymm5, ymm1, ymm8
       vunpckhpd ymm1, ymm1, ymm8
       vunpcklpd ymm8, ymm6, ymm7
       vunpckhpd ymm6, ymm6, ymm7
       vperm2f128 ymm4, ymm5, ymm1, 32
       vperm2f128 ymm7, ymm8, ymm6, 32
       vperm2f128 ymm1, ymm5, ymm1, 49
       vperm2f128 ymm5, ymm8, ymm6, 49
       vmulps   ymm4, ymm4, ymm0
       vmovups  ymmword ptr [r8], ymm4
       vmulps   ymm4, ymm7, ymm0
       vmovups  ymmword ptr [r8+0x20], ymm4
       vmulps   ymm1, ymm1, ymm0
       vmovups  ymmword ptr [r8+0x40], ymm1
       vmulps   ymm1, ymm5, ymm0
       vmovups  ymmword ptr [r8+0x60], ymm1
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       vmovups  ymm1, ymmword ptr [rbp-0x30]
       jl       G_M000_IG03
 
G_M000_IG12:                ;; offset=0x0A8E
       vzeroupper 
       add      rsp, 784
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h, 0000000500000004h, 0000000700000006h
RWD32  	dq	8000000080000000h, 8000000080000000h, 8000000080000000h, 8000000080000000h
RWD64  	dd	D2511F53h		; -2.24543e+11
RWD68  	dd	CD9E8D57h		; -3.32508e+08
RWD72  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD128 	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD160 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD192 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD224 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD256 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD288 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD320 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD352 	dq	1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh
RWD384 	dq	A9066899A9066899h, A9066899A9066899h, A9066899A9066899h, A9066899A9066899h
RWD416 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD448 	dq	646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh
RWD480 	dq	5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh
RWD512 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD544 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD576 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD608 	dq	8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h
RWD640 	dq	96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh
RWD672 	dd	00000001h		; 1.4013e-45
RWD676 	dd	33800000h		; 5.96046e-08
RWD680 	dd	FFFFFF81h		;      -nan
RWD684 	dd	007FFFFFh		; 1.17549e-38
RWD688 	dd	3F800000h		;         1
RWD692 	dd	3FB504F3h		;   1.41421
RWD696 	dd	00800000h		; 1.17549e-38
RWD700 	dd	BD9C151Dh		; -0.0762121
RWD704 	dd	3E0424F1h		;  0.129047
RWD708 	dd	BE079CE8h		; -0.132434
RWD712 	dd	3E1138CDh		;  0.141818
RWD716 	dd	BE2A1388h		;  -0.16609
RWD720 	dd	3E4CD1F6h		;   0.20002
RWD724 	dd	BE800214h		; -0.250016
RWD728 	dd	3EAAAAA8h		;  0.333333
RWD732 	dd	BEFFFFFCh		;      -0.5
RWD736 	dd	3F317180h		;  0.693138
RWD740 	dd	3717F7D1h		; 9.058e-06
RWD744 	dd	C0000000h		;        -2
RWD748 	dd	00200000h		; 2.93874e-39
RWD752 	dd	C1D368F9h		;  -26.4263
RWD756 	dd	4270FA83h		;   60.2446
RWD760 	dd	C2AAE9E4h		;  -85.4568
RWD764 	dd	4281E0F8h		;   64.9394
RWD768 	dd	C19DE9E6h		;  -19.7392
RWD772 	dd	42283C1Ah		;   42.0587
RWD776 	dd	C2996966h		;  -76.7059
RWD780 	dd	42A335E3h		;   81.6052
RWD784 	dd	C2255DE7h		;  -41.3417
RWD788 	dd	40C90FDBh		;   6.28319
RWD792 	dd	00000003h		; 4.2039e-45
RWD796 	dd	00000002h		; 2.8026e-45

; Total bytes of code 2714

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:RademacherSet(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 197 single block inlinees; 21 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       mov      rbp, rsp
 
G_M000_IG02:                ;; offset=0x0004
       vbroadcastss ymm0, ymm0
       vmovd    xmm1, esi
       vpbroadcastd ymm1, ymm1
       vmovd    xmm2, edi
       vpbroadcastd ymm2, ymm2
       shr      rdi, 32
       vmovd    xmm3, edi
       vpbroadcastd ymm3, ymm3
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG09
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0032
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       mov      esi, edi
       vmovd    xmm4, esi
       vpbroadcastd ymm4, ymm4
       vpaddd   ymm4, ymm4, ymmword ptr [reloc @RWD00]
       vbroadcastss ymm5, dword ptr [reloc @RWD32]
       vpxor    ymm6, ymm5, ymm4
       xor      esi, 0xFFFFFFFF80000000
       vmovd    xmm7, esi
       vpbroadcastd ymm7, ymm7
       vpcmpgtd ymm6, ymm7, ymm6
       shr      rdi, 32
       vmovd    xmm7, edi
       vpbroadcastd ymm7, ymm7
       vpsubd   ymm6, ymm7, ymm6
       vbroadcastss ymm7, dword ptr [reloc @RWD36]
       vmovaps  ymm8, ymm7
       vpmuludq ymm9, ymm4, ymm8
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm8
       vpsllq   ymm8, ymm4, 32
       vpblendd ymm8, ymm9, ymm8, -86
       vpsrlq   ymm9, ymm9, 32
       vpblendd ymm4, ymm9, ymm4, -86
       vbroadcastss ymm9, dword ptr [reloc @RWD40]
       vmovaps  ymm10, ymm9
       vpmuludq ymm11, ymm1, ymm10
       vpsrlq   ymm12, ymm1, 32
       vpmuludq ymm10, ymm12, ymm10
       vpsllq   ymm12, ymm10, 32
       vpblendd ymm12, ymm11, ymm12, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpxor    ymm6, ymm10, ymm6
       vpxor    ymm6, ymm6, ymm2
       vpxor    ymm4, ymm3, ymm4
       vpaddd   ymm10, ymm2, ymmword ptr [reloc @RWD64]
       vpaddd   ymm11, ymm3, ymmword ptr [reloc @RWD96]
       vmovaps  ymm13, ymm7
       vpmuludq ymm14, ymm6, ymm13
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm13
       vpsllq   ymm13, ymm6, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm6, ymm14, ymm6, -86
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm4, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm14
       vpsllq   ymm14, ymm4, 32
       vpblendd ymm14, ymm15, ymm14, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm4, ymm15, ymm4, -86
 
G_M000_IG04:                ;; offset=0x015C
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm10
       vpxor    ymm6, ymm8, ymm6
       vpxor    ymm6, ymm6, ymm11
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD128]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD160]
       vmovaps  ymm11, ymm7
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm9
       vpmuludq ymm15, ymm6, ymm12
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm12
       vpsllq   ymm12, ymm6, 32
       vpblendd ymm12, ymm15, ymm12, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm6, ymm15, ymm6, -86
       vpxor    ymm6, ymm6, ymm14
       vpxor    ymm6, ymm6, ymm8
       vpxor    ymm4, ymm13, ymm4
       vpxor    ymm4, ymm4, ymm10
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD192]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD224]
       vmovaps  ymm13, ymm7
       vpmuludq ymm14, ymm6, ymm13
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm13
       vpsllq   ymm13, ymm6, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm6, ymm14, ymm6, -86
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm4, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm14
       vpsllq   ymm14, ymm4, 32
       vpblendd ymm14, ymm15, ymm14, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm4, ymm15, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm8
       vpxor    ymm6, ymm11, ymm6
       vpxor    ymm6, ymm6, ymm10
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD256]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD288]
       vmovaps  ymm11, ymm7
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
 
G_M000_IG05:                ;; offset=0x027D
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm9
       vpmuludq ymm15, ymm6, ymm12
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm12
       vpsllq   ymm12, ymm6, 32
       vpblendd ymm12, ymm15, ymm12, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm6, ymm15, ymm6, -86
       vpxor    ymm6, ymm6, ymm14
       vpxor    ymm6, ymm6, ymm8
       vpxor    ymm4, ymm13, ymm4
       vpxor    ymm4, ymm4, ymm10
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD320]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD352]
       vmovaps  ymm13, ymm7
       vpmuludq ymm14, ymm6, ymm13
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm13
       vpsllq   ymm13, ymm6, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm6, ymm14, ymm6, -86
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm4, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm14
       vpsllq   ymm14, ymm4, 32
       vpblendd ymm14, ymm15, ymm14, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm4, ymm15, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm8
       vpxor    ymm6, ymm11, ymm6
       vpxor    ymm6, ymm6, ymm10
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD384]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD416]
       vmovaps  ymm11, ymm7
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm9
       vpmuludq ymm15, ymm6, ymm12
       vpsrlq   ymm6, ymm6, 32
 
G_M000_IG06:                ;; offset=0x0398
       vpmuludq ymm6, ymm6, ymm12
       vpsllq   ymm12, ymm6, 32
       vpblendd ymm12, ymm15, ymm12, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm6, ymm15, ymm6, -86
       vpxor    ymm6, ymm6, ymm14
       vpxor    ymm6, ymm6, ymm8
       vpxor    ymm4, ymm13, ymm4
       vpxor    ymm4, ymm4, ymm10
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD448]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD480]
       vmovaps  ymm13, ymm7
       vpmuludq ymm14, ymm6, ymm13
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm13
       vpsllq   ymm13, ymm6, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm6, ymm14, ymm6, -86
       vmovaps  ymm14, ymm9
       vpmuludq ymm15, ymm4, ymm14
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm14
       vpsllq   ymm14, ymm4, 32
       vpblendd ymm14, ymm15, ymm14, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm4, ymm15, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm8
       vpxor    ymm6, ymm11, ymm6
       vpxor    ymm6, ymm6, ymm10
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD512]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD544]
       vmovaps  ymm11, ymm7
       vpmuludq ymm12, ymm4, ymm11
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm11
       vpsllq   ymm11, ymm4, 32
       vpblendd ymm11, ymm12, ymm11, -86
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vmovaps  ymm12, ymm9
       vpmuludq ymm15, ymm6, ymm12
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm12
       vpsllq   ymm12, ymm6, 32
       vpblendd ymm12, ymm15, ymm12, -86
       vpsrlq   ymm15, ymm15, 32
       vpblendd ymm6, ymm15, ymm6, -86
       vpxor    ymm6, ymm6, ymm14
       vpxor    ymm6, ymm6, ymm8
       vpxor    ymm4, ymm13, ymm4
 
G_M000_IG07:                ;; offset=0x04B2
       vpxor    ymm4, ymm4, ymm10
       vpaddd   ymm8, ymm2, ymmword ptr [reloc @RWD576]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD608]
       vpmuludq ymm13, ymm6, ymm7
       vpsrlq   ymm6, ymm6, 32
       vpmuludq ymm6, ymm6, ymm7
       vpsllq   ymm7, ymm6, 32
       vpblendd ymm7, ymm13, ymm7, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm6, ymm13, ymm6, -86
       vpmuludq ymm13, ymm4, ymm9
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm9
       vpsllq   ymm9, ymm4, 32
       vpblendd ymm9, ymm13, ymm9, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm4, ymm13, ymm4, -86
       vpxor    ymm4, ymm4, ymm12
       vpxor    ymm4, ymm4, ymm8
       vpxor    ymm6, ymm11, ymm6
       vpxor    ymm6, ymm6, ymm10
       vpand    ymm4, ymm5, ymm4
       vbroadcastss ymm8, dword ptr [reloc @RWD640]
       vpor     ymm4, ymm4, ymm8
       vpand    ymm9, ymm5, ymm9
       vpor     ymm9, ymm9, ymm8
       vpand    ymm6, ymm5, ymm6
       vpor     ymm6, ymm6, ymm8
       vpand    ymm5, ymm5, ymm7
       vpor     ymm5, ymm5, ymm8
       vunpckhps ymm7, ymm4, ymm9
       vunpcklps ymm8, ymm6, ymm5
       vunpckhps ymm6, ymm6, ymm5
       vunpcklps ymm4, ymm4, ymm9
       vunpcklpd ymm5, ymm4, ymm8
       vunpckhpd ymm4, ymm4, ymm8
       vunpcklpd ymm8, ymm7, ymm6
       vunpckhpd ymm6, ymm7, ymm6
       vperm2f128 ymm9, ymm5, ymm4, 32
       vperm2f128 ymm7, ymm8, ymm6, 32
       vperm2f128 ymm4, ymm5, ymm4, 49
       vperm2f128 ymm5, ymm8, ymm6, 49
       vmulps   ymm6, ymm9, ymm0
       vmovups  ymmword ptr [r8], ymm6
       vmulps   ymm6, ymm7, ymm0
       vmovups  ymmword ptr [r8+0x20], ymm6
       vmulps   ymm4, ymm4, ymm0
       vmovups  ymmword ptr [r8+0x40], ymm4
       vmulps   ymm4, ymm5, ymm0
       vmovups  ymmword ptr [r8+0x60], ymm4
       inc      eax
       add      r8, 128
       cmp      eax, ecx
 
G_M000_IG08:                ;; offset=0x05C0
       jl       G_M000_IG03
 
G_M000_IG09:                ;; offset=0x05C6
       vzeroupper 
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h, 0000000500000004h, 0000000700000006h
RWD32  	dd	80000000h		;        -0
RWD36  	dd	D2511F53h		; -2.24543e+11
RWD40  	dd	CD9E8D57h		; -3.32508e+08
RWD44  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD64  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD96  	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD128 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD160 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD192 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD224 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD256 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD288 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD320 	dq	1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh
RWD352 	dq	A9066899A9066899h, A9066899A9066899h, A9066899A9066899h, A9066899A9066899h
RWD384 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD416 	dq	646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh
RWD448 	dq	5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh
RWD480 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD512 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD544 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD576 	dq	8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h
RWD608 	dq	96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh
RWD640 	dd	3F800000h		;         1

; Total bytes of code 1483

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:GaussianAddProduct(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 420 single block inlinees; 21 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       sub      rsp, 784
       lea      rbp, [rsp+0x310]
 
G_M000_IG02:                ;; offset=0x0010
       vbroadcastss ymm0, ymm0
       vmovd    xmm1, esi
       vpbroadcastd ymm1, ymm1
       vmovups  ymmword ptr [rbp-0x30], ymm1
       vmovd    xmm2, edi
       vpbroadcastd ymm2, ymm2
       shr      rdi, 32
       vmovd    xmm3, edi
       vpbroadcastd ymm3, ymm3
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG12
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0043
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       mov      esi, edi
       vmovd    xmm4, esi
       vpbroadcastd ymm4, ymm4
       vpaddd   ymm4, ymm4, ymmword ptr [reloc @RWD00]
       xor      esi, 0xFFFFFFFF80000000
       vmovd    xmm5, esi
       vpbroadcastd ymm5, ymm5
       vpxor    ymm6, ymm4, ymmword ptr [reloc @RWD32]
       vpcmpgtd ymm5, ymm5, ymm6
       shr      rdi, 32
       vmovd    xmm6, edi
       vpbroadcastd ymm6, ymm6
       vpsubd   ymm5, ymm6, ymm5
       vbroadcastss ymm6, dword ptr [reloc @RWD64]
       vmovaps  ymm7, ymm6
       vpmuludq ymm8, ymm4, ymm7
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm7
       vpsllq   ymm7, ymm4, 32
       vpblendd ymm7, ymm8, ymm7, -86
       vpsrlq   ymm8, ymm8, 32
       vpblendd ymm4, ymm8, ymm4, -86
       vbroadcastss ymm8, dword ptr [reloc @RWD68]
       vmovaps  ymm9, ymm8
       vpmuludq ymm10, ymm1, ymm9
       vpsrlq   ymm11, ymm1, 32
       vpmuludq ymm9, ymm11, ymm9
       vpsllq   ymm11, ymm9, 32
       vpblendd ymm11, ymm10, ymm11, -86
       vpsrlq   ymm10, ymm10, 32
       vpblendd ymm9, ymm10, ymm9, -86
       vpxor    ymm5, ymm9, ymm5
       vpxor    ymm5, ymm5, ymm2
       vpxor    ymm4, ymm3, ymm4
       vpaddd   ymm9, ymm2, ymmword ptr [reloc @RWD96]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD128]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
 
G_M000_IG04:                ;; offset=0x016B
       vpxor    ymm4, ymm4, ymm9
       vpxor    ymm5, ymm7, ymm5
       vpxor    ymm5, ymm5, ymm10
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD160]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD192]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD224]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD256]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD288]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD320]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
 
G_M000_IG05:                ;; offset=0x028A
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD352]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD384]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD416]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD448]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
 
G_M000_IG06:                ;; offset=0x03A3
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD480]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD512]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD544]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD576]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
 
G_M000_IG07:                ;; offset=0x04BA
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD608]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD640]
       vpmuludq ymm12, ymm5, ymm6
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm6
       vpsllq   ymm6, ymm5, 32
       vpblendd ymm6, ymm12, ymm6, -86
       vmovups  ymmword ptr [rbp-0x50], ymm6
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm5, ymm12, ymm5, -86
       vpmuludq ymm12, ymm4, ymm8
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm8
       vpsllq   ymm8, ymm4, 32
       vpblendd ymm8, ymm12, ymm8, -86
       vmovups  ymmword ptr [rbp-0x70], ymm8
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vmovups  ymmword ptr [rbp-0x90], ymm5
       vpsrld   ymm4, ymm4, 8
       vbroadcastss ymm7, dword ptr [reloc @RWD672]
       vpaddd   ymm4, ymm4, ymm7
       vcvtdq2ps ymm4, ymm4
       vbroadcastss ymm9, dword ptr [reloc @RWD676]
       vmulps   ymm4, ymm4, ymm9
       vpsrld   ymm10, ymm4, 23
       vbroadcastss ymm11, dword ptr [reloc @RWD680]
       vpaddd   ymm10, ymm10, ymm11
       vbroadcastss ymm12, dword ptr [reloc @RWD684]
       vpand    ymm4, ymm12, ymm4
       vbroadcastss ymm13, dword ptr [reloc @RWD688]
       vpor     ymm4, ymm4, ymm13
       vbroadcastss ymm14, dword ptr [reloc @RWD692]
       vpcmpgtd ymm15, ymm4, ymm14
       vbroadcastss ymm6, dword ptr [reloc @RWD696]
       vpand    ymm8, ymm6, ymm15
       vpsubd   ymm4, ymm4, ymm8
       vpsubd   ymm10, ymm10, ymm15
       vsubps   ymm4, ymm4, ymm13
       vbroadcastss ymm8, dword ptr [reloc @RWD700]
       vmovups  ymmword ptr [rbp-0x130], ymm8
       vbroadcastss ymm15, dword ptr [reloc @RWD704]
       vmovaps  ymm5, ymm8
       vfmadd213ps ymm5, ymm4, ymm15
       vbroadcastss ymm1, dword ptr [reloc @RWD708]
       vmovups  ymmword ptr [rbp-0x150], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD712]
       vmovups  ymmword ptr [rbp-0x170], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD716]
       vmovups  ymmword ptr [rbp-0x190], ymm1
 
G_M000_IG08:                ;; offset=0x0616
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD720]
       vmovups  ymmword ptr [rbp-0x1B0], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD724]
       vmovups  ymmword ptr [rbp-0x1D0], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vmovups  ymmword ptr [rbp-0xF0], ymm5
       vbroadcastss ymm5, dword ptr [reloc @RWD728]
       vmovups  ymmword ptr [rbp-0x1F0], ymm5
       vmovups  ymm1, ymmword ptr [rbp-0xF0]
       vfmadd213ps ymm1, ymm4, ymm5
       vbroadcastss ymm5, dword ptr [reloc @RWD732]
       vmovups  ymmword ptr [rbp-0x210], ymm5
       vfmadd213ps ymm1, ymm4, ymm5
       vfmadd213ps ymm1, ymm4, ymm13
       vmulps   ymm1, ymm1, ymm4
       vmovups  ymmword ptr [rbp-0x110], ymm1
       vcvtdq2ps ymm4, ymm10
       vbroadcastss ymm10, dword ptr [reloc @RWD736]
       vbroadcastss ymm1, dword ptr [reloc @RWD740]
       vmovups  ymm5, ymmword ptr [rbp-0x110]
       vmovaps  ymm8, ymm4
       vfmadd213ps ymm8, ymm1, ymm5
       vfmadd231ps ymm8, ymm10, ymm4
       vbroadcastss ymm4, dword ptr [reloc @RWD744]
       vmulps   ymm5, ymm8, ymm4
       vsqrtps  ymm5, ymm5
       vmovups  ymmword ptr [rbp-0xB0], ymm5
       vmovups  ymm8, ymmword ptr [rbp-0x90]
       vpsrld   ymm8, ymm8, 8
       vpaddd   ymm8, ymm8, ymm7
       vcvtdq2ps ymm8, ymm8
       vmulps   ymm8, ymm8, ymm9
       vpsrld   ymm5, ymm8, 23
       vpaddd   ymm5, ymm5, ymm11
       vpand    ymm8, ymm12, ymm8
       vpor     ymm8, ymm8, ymm13
       vpcmpgtd ymm11, ymm8, ymm14
       vpand    ymm6, ymm6, ymm11
       vpsubd   ymm6, ymm8, ymm6
       vpsubd   ymm5, ymm5, ymm11
       vsubps   ymm6, ymm6, ymm13
       vfmadd231ps ymm15, ymm6, ymmword ptr [rbp-0x130]
       vmovups  ymm8, ymmword ptr [rbp-0x150]
       vfmadd231ps ymm8, ymm6, ymm15
       vmovups  ymm11, ymmword ptr [rbp-0x170]
       vfmadd231ps ymm11, ymm6, ymm8
       vmovups  ymm8, ymmword ptr [rbp-0x190]
       vfmadd231ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x1B0]
       vfmadd231ps ymm11, ymm6, ymm8
       vmovups  ymm8, ymmword ptr [rbp-0x1D0]
       vfmadd231ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x1F0]
       vfmadd213ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x210]
       vfmadd231ps ymm11, ymm6, ymm8
       vfmadd213ps ymm11, ymm6, ymm13
       vmulps   ymm6, ymm11, ymm6
 
G_M000_IG09:                ;; offset=0x0790
       vcvtdq2ps ymm5, ymm5
       vmovaps  ymm8, ymm5
       vfmadd213ps ymm8, ymm1, ymm6
       vfmadd213ps ymm10, ymm5, ymm8
       vmulps   ymm1, ymm10, ymm4
       vsqrtps  ymm1, ymm1
       vmovups  ymmword ptr [rbp-0xD0], ymm1
       vmovups  ymm8, ymmword ptr [rbp-0x70]
       vpsrld   ymm4, ymm8, 8
       vbroadcastss ymm5, dword ptr [reloc @RWD748]
       vpaddd   ymm6, ymm5, ymm4
       vpsrld   ymm6, ymm6, 22
       vpslld   ymm8, ymm6, 22
       vpsubd   ymm4, ymm4, ymm8
       vcvtdq2ps ymm4, ymm4
       vmulps   ymm4, ymm4, ymm9
       vmulps   ymm8, ymm4, ymm4
       vbroadcastss ymm10, dword ptr [reloc @RWD752]
       vbroadcastss ymm11, dword ptr [reloc @RWD756]
       vmovaps  ymm12, ymm10
       vfmadd213ps ymm12, ymm8, ymm11
       vbroadcastss ymm14, dword ptr [reloc @RWD760]
       vfmadd213ps ymm12, ymm8, ymm14
       vbroadcastss ymm15, dword ptr [reloc @RWD764]
       vmovups  ymmword ptr [rbp-0x230], ymm15
       vfmadd213ps ymm12, ymm8, ymm15
       vbroadcastss ymm1, dword ptr [reloc @RWD768]
       vmovups  ymmword ptr [rbp-0x250], ymm1
       vfmadd213ps ymm12, ymm8, ymm1
       vfmadd213ps ymm12, ymm8, ymm13
       vbroadcastss ymm1, dword ptr [reloc @RWD772]
       vmovups  ymmword ptr [rbp-0x270], ymm1
       vbroadcastss ymm15, dword ptr [reloc @RWD776]
       vmovups  ymmword ptr [rbp-0x290], ymm15
       vfmadd231ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD780]
       vmovups  ymmword ptr [rbp-0x2B0], ymm1
       vfmadd213ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD784]
       vmovups  ymmword ptr [rbp-0x2D0], ymm1
       vfmadd213ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD788]
       vmovups  ymmword ptr [rbp-0x2F0], ymm1
       vfmadd213ps ymm8, ymm15, ymm1
       vmulps   ymm4, ymm8, ymm4
       vbroadcastss ymm8, dword ptr [reloc @RWD792]
       vmovups  ymmword ptr [rbp-0x310], ymm8
       vpand    ymm6, ymm8, ymm6
       vpand    ymm15, ymm7, ymm6
       vxorps   ymm8, ymm8, ymm8
       vpsubd   ymm8, ymm8, ymm15
       vpand    ymm15, ymm8, ymm4
       vpandn   ymm1, ymm8, ymm12
       vpor     ymm1, ymm1, ymm15
       vpand    ymm12, ymm8, ymm12
       vpandn   ymm4, ymm8, ymm4
       vpor     ymm4, ymm4, ymm12
       vpaddd   ymm8, ymm7, ymm6
       vbroadcastss ymm12, dword ptr [reloc @RWD796]
       vpand    ymm8, ymm8, ymm12
 
G_M000_IG10:                ;; offset=0x08FF
       vpslld   ymm8, ymm8, 30
       vpand    ymm6, ymm12, ymm6
       vpslld   ymm6, ymm6, 30
       vpxor    ymm1, ymm1, ymm8
       vpxor    ymm4, ymm4, ymm6
       vmovups  ymm6, ymmword ptr [rbp-0x50]
       vpsrld   ymm6, ymm6, 8
       vpaddd   ymm5, ymm5, ymm6
       vpsrld   ymm5, ymm5, 22
       vpslld   ymm8, ymm5, 22
       vpsubd   ymm6, ymm6, ymm8
       vcvtdq2ps ymm6, ymm6
       vmulps   ymm6, ymm6, ymm9
       vmulps   ymm8, ymm6, ymm6
       vfmadd231ps ymm11, ymm8, ymm10
       vfmadd231ps ymm14, ymm8, ymm11
       vmovups  ymm15, ymmword ptr [rbp-0x230]
       vfmadd231ps ymm15, ymm8, ymm14
       vmovups  ymm9, ymmword ptr [rbp-0x250]
       vfmadd231ps ymm9, ymm8, ymm15
       vfmadd231ps ymm13, ymm8, ymm9
       vmovups  ymm15, ymmword ptr [rbp-0x290]
       vfmadd231ps ymm15, ymm8, ymmword ptr [rbp-0x270]
       vmovups  ymm9, ymmword ptr [rbp-0x2B0]
       vfmadd231ps ymm9, ymm8, ymm15
       vmovups  ymm10, ymmword ptr [rbp-0x2D0]
       vfmadd231ps ymm10, ymm8, ymm9
       vfmadd213ps ymm8, ymm10, ymmword ptr [rbp-0x2F0]
       vmulps   ymm6, ymm8, ymm6
       vmovups  ymm8, ymmword ptr [rbp-0x310]
       vpand    ymm5, ymm8, ymm5
       vpand    ymm8, ymm7, ymm5
       vxorps   ymm9, ymm9, ymm9
       vpsubd   ymm8, ymm9, ymm8
       vpand    ymm9, ymm8, ymm6
       vpandn   ymm10, ymm8, ymm13
       vpor     ymm9, ymm10, ymm9
       vpand    ymm10, ymm8, ymm13
       vpandn   ymm6, ymm8, ymm6
       vpor     ymm6, ymm6, ymm10
       vpaddd   ymm7, ymm7, ymm5
       vpand    ymm7, ymm7, ymm12
       vpslld   ymm7, ymm7, 30
       vpand    ymm5, ymm12, ymm5
       vpslld   ymm5, ymm5, 30
       vpxor    ymm7, ymm9, ymm7
       vpxor    ymm5, ymm6, ymm5
       vmovups  ymm6, ymmword ptr [rbp-0xB0]
       vmulps   ymm1, ymm6, ymm1
       vmulps   ymm4, ymm6, ymm4
       vmovups  ymm6, ymmword ptr [rbp-0xD0]
       vmulps   ymm7, ymm6, ymm7
       vmulps   ymm5, ymm6, ymm5
       vunpckhps ymm6, ymm1, ymm4
       vunpcklps ymm8, ymm7, ymm5
       vunpckhps ymm7, ymm7, ymm5
       vunpcklps ymm1, ymm1, ymm4
 
G_M000_IG11:                ;; offset=0x0A27
       vunpcklpd ymm5, ymm1, ymm8
       vunpckhpd ymm1, ymm1, ymm8
       vunpcklpd ymm8, ymm6, ymm7
       vunpckhpd ymm6, ymm6, ymm7
       vperm2f128 ymm4, ymm5, ymm1, 32
       vperm2f128 ymm7, ymm8, ymm6, 32
       vperm2f128 ymm1, ymm5, ymm1, 49
       vperm2f128 ymm5, ymm8, ymm6, 49
       vmulps   ymm4, ymm4, ymm0
       vaddps   ymm4, ymm4, ymmword ptr [r8]
       vmovups  ymmword ptr [r8], ymm4
       vmulps   ymm4, ymm7, ymm0
       vaddps   ymm4, ymm4, ymmword ptr [r8+0x20]
       vmovups  ymmword ptr [r8+0x20], ymm4
       vmulps   ymm1, ymm1, ymm0
       vaddps   ymm1, ymm1, ymmword ptr [r8+0x40]
       vmovups  ymmword ptr [r8+0x40], ymm1
       vmulps   ymm1, ymm5, ymm0
       vaddps   ymm1, ymm1, ymmword ptr [r8+0x60]
       vmovups  ymmword ptr [r8+0x60], ymm1
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       vmovups  ymm1, ymmword ptr [rbp-0x30]
       jl       G_M000_IG03
 
G_M000_IG12:                ;; offset=0x0AA5
       vzeroupper 
       add      rsp, 784
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h, 0000000500000004h, 0000000700000006h
RWD32  	dq	8000000080000000h, 8000000080000000h, 8000000080000000h, 8000000080000000h
RWD64  	dd	D2511F53h		; -2.24543e+11
RWD68  	dd	CD9E8D57h		; -3.32508e+08
RWD72  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD128 	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD160 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD192 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD224 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD256 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD288 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD320 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD352 	dq	1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh
RWD384 	dq	A9066899A9066899h, A9066899A9066899h, A9066899A9066899h, A9066899A9066899h
RWD416 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD448 	dq	646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh
RWD480 	dq	5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh
RWD512 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD544 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD576 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD608 	dq	8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h
RWD640 	dq	96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh
RWD672 	dd	00000001h		; 1.4013e-45
RWD676 	dd	33800000h		; 5.96046e-08
RWD680 	dd	FFFFFF81h		;      -nan
RWD684 	dd	007FFFFFh		; 1.17549e-38
RWD688 	dd	3F800000h		;         1
RWD692 	dd	3FB504F3h		;   1.41421
RWD696 	dd	00800000h		; 1.17549e-38
RWD700 	dd	BD9C151Dh		; -0.0762121
RWD704 	dd	3E0424F1h		;  0.129047
RWD708 	dd	BE079CE8h		; -0.132434
RWD712 	dd	3E1138CDh		;  0.141818
RWD716 	dd	BE2A1388h		;  -0.16609
RWD720 	dd	3E4CD1F6h		;   0.20002
RWD724 	dd	BE800214h		; -0.250016
RWD728 	dd	3EAAAAA8h		;  0.333333
RWD732 	dd	BEFFFFFCh		;      -0.5
RWD736 	dd	3F317180h		;  0.693138
RWD740 	dd	3717F7D1h		; 9.058e-06
RWD744 	dd	C0000000h		;        -2
RWD748 	dd	00200000h		; 2.93874e-39
RWD752 	dd	C1D368F9h		;  -26.4263
RWD756 	dd	4270FA83h		;   60.2446
RWD760 	dd	C2AAE9E4h		;  -85.4568
RWD764 	dd	4281E0F8h		;   64.9394
RWD768 	dd	C19DE9E6h		;  -19.7392
RWD772 	dd	42283C1Ah		;   42.0587
RWD776 	dd	C2996966h		;  -76.7059
RWD780 	dd	42A335E3h		;   81.6052
RWD784 	dd	C2255DE7h		;  -41.3417
RWD788 	dd	40C90FDBh		;   6.28319
RWD792 	dd	00000003h		; 4.2039e-45
RWD796 	dd	00000002h		; 2.8026e-45

; Total bytes of code 2737

; Assembly listing for method ZoEngine.Cpu.Simd.NoiseKernel`3[ZoEngine.Cpu.Simd.Lanes256,System.Runtime.Intrinsics.Vector256`1[uint],System.Runtime.Intrinsics.Vector256`1[float]]:GaussianFma(ulong,uint,ulong,int,ptr,float) (FullOpts)
; Emitting BLENDED_CODE for generic X64 + VEX on Unix
; FullOpts code
; optimized code
; optimized using Synthesized PGO
; rbp based frame
; fully interruptible
; with Synthesized PGO: fgCalledCount is 100
; No PGO data
; 0 inlinees with PGO data; 416 single block inlinees; 21 inlinees without PGO data

G_M000_IG01:                ;; offset=0x0000
       push     rbp
       sub      rsp, 784
       lea      rbp, [rsp+0x310]
 
G_M000_IG02:                ;; offset=0x0010
       vbroadcastss ymm0, ymm0
       vmovd    xmm1, esi
       vpbroadcastd ymm1, ymm1
       vmovups  ymmword ptr [rbp-0x30], ymm1
       vmovd    xmm2, edi
       vpbroadcastd ymm2, ymm2
       shr      rdi, 32
       vmovd    xmm3, edi
       vpbroadcastd ymm3, ymm3
       xor      eax, eax
       cmp      eax, ecx
       jge      G_M000_IG12
       align    [0 bytes for IG03]
 
G_M000_IG03:                ;; offset=0x0043
       lea      edi, [8*rax]
       movsxd   rdi, edi
       add      rdi, rdx
       mov      esi, edi
       vmovd    xmm4, esi
       vpbroadcastd ymm4, ymm4
       vpaddd   ymm4, ymm4, ymmword ptr [reloc @RWD00]
       xor      esi, 0xFFFFFFFF80000000
       vmovd    xmm5, esi
       vpbroadcastd ymm5, ymm5
       vpxor    ymm6, ymm4, ymmword ptr [reloc @RWD32]
       vpcmpgtd ymm5, ymm5, ymm6
       shr      rdi, 32
       vmovd    xmm6, edi
       vpbroadcastd ymm6, ymm6
       vpsubd   ymm5, ymm6, ymm5
       vbroadcastss ymm6, dword ptr [reloc @RWD64]
       vmovaps  ymm7, ymm6
       vpmuludq ymm8, ymm4, ymm7
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm7
       vpsllq   ymm7, ymm4, 32
       vpblendd ymm7, ymm8, ymm7, -86
       vpsrlq   ymm8, ymm8, 32
       vpblendd ymm4, ymm8, ymm4, -86
       vbroadcastss ymm8, dword ptr [reloc @RWD68]
       vmovaps  ymm9, ymm8
       vpmuludq ymm10, ymm1, ymm9
       vpsrlq   ymm11, ymm1, 32
       vpmuludq ymm9, ymm11, ymm9
       vpsllq   ymm11, ymm9, 32
       vpblendd ymm11, ymm10, ymm11, -86
       vpsrlq   ymm10, ymm10, 32
       vpblendd ymm9, ymm10, ymm9, -86
       vpxor    ymm5, ymm9, ymm5
       vpxor    ymm5, ymm5, ymm2
       vpxor    ymm4, ymm3, ymm4
       vpaddd   ymm9, ymm2, ymmword ptr [reloc @RWD96]
       vpaddd   ymm10, ymm3, ymmword ptr [reloc @RWD128]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
 
G_M000_IG04:                ;; offset=0x016B
       vpxor    ymm4, ymm4, ymm9
       vpxor    ymm5, ymm7, ymm5
       vpxor    ymm5, ymm5, ymm10
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD160]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD192]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD224]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD256]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD288]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD320]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
 
G_M000_IG05:                ;; offset=0x028A
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD352]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD384]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD416]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD448]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
 
G_M000_IG06:                ;; offset=0x03A3
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD480]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD512]
       vmovaps  ymm12, ymm6
       vpmuludq ymm13, ymm5, ymm12
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm12
       vpsllq   ymm12, ymm5, 32
       vpblendd ymm12, ymm13, ymm12, -86
       vpsrlq   ymm13, ymm13, 32
       vpblendd ymm5, ymm13, ymm5, -86
       vmovaps  ymm13, ymm8
       vpmuludq ymm14, ymm4, ymm13
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm13
       vpsllq   ymm13, ymm4, 32
       vpblendd ymm13, ymm14, ymm13, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm4, ymm14, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD544]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD576]
       vmovaps  ymm10, ymm6
       vpmuludq ymm11, ymm4, ymm10
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm10
       vpsllq   ymm10, ymm4, 32
       vpblendd ymm10, ymm11, ymm10, -86
       vpsrlq   ymm11, ymm11, 32
       vpblendd ymm4, ymm11, ymm4, -86
       vmovaps  ymm11, ymm8
       vpmuludq ymm14, ymm5, ymm11
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm11
       vpsllq   ymm11, ymm5, 32
       vpblendd ymm11, ymm14, ymm11, -86
       vpsrlq   ymm14, ymm14, 32
       vpblendd ymm5, ymm14, ymm5, -86
       vpxor    ymm5, ymm5, ymm13
       vpxor    ymm5, ymm5, ymm7
       vpxor    ymm4, ymm12, ymm4
       vpxor    ymm4, ymm4, ymm9
 
G_M000_IG07:                ;; offset=0x04BA
       vpaddd   ymm7, ymm2, ymmword ptr [reloc @RWD608]
       vpaddd   ymm9, ymm3, ymmword ptr [reloc @RWD640]
       vpmuludq ymm12, ymm5, ymm6
       vpsrlq   ymm5, ymm5, 32
       vpmuludq ymm5, ymm5, ymm6
       vpsllq   ymm6, ymm5, 32
       vpblendd ymm6, ymm12, ymm6, -86
       vmovups  ymmword ptr [rbp-0x50], ymm6
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm5, ymm12, ymm5, -86
       vpmuludq ymm12, ymm4, ymm8
       vpsrlq   ymm4, ymm4, 32
       vpmuludq ymm4, ymm4, ymm8
       vpsllq   ymm8, ymm4, 32
       vpblendd ymm8, ymm12, ymm8, -86
       vmovups  ymmword ptr [rbp-0x70], ymm8
       vpsrlq   ymm12, ymm12, 32
       vpblendd ymm4, ymm12, ymm4, -86
       vpxor    ymm4, ymm4, ymm11
       vpxor    ymm4, ymm4, ymm7
       vpxor    ymm5, ymm10, ymm5
       vpxor    ymm5, ymm5, ymm9
       vmovups  ymmword ptr [rbp-0x90], ymm5
       vpsrld   ymm4, ymm4, 8
       vbroadcastss ymm7, dword ptr [reloc @RWD672]
       vpaddd   ymm4, ymm4, ymm7
       vcvtdq2ps ymm4, ymm4
       vbroadcastss ymm9, dword ptr [reloc @RWD676]
       vmulps   ymm4, ymm4, ymm9
       vpsrld   ymm10, ymm4, 23
       vbroadcastss ymm11, dword ptr [reloc @RWD680]
       vpaddd   ymm10, ymm10, ymm11
       vbroadcastss ymm12, dword ptr [reloc @RWD684]
       vpand    ymm4, ymm12, ymm4
       vbroadcastss ymm13, dword ptr [reloc @RWD688]
       vpor     ymm4, ymm4, ymm13
       vbroadcastss ymm14, dword ptr [reloc @RWD692]
       vpcmpgtd ymm15, ymm4, ymm14
       vbroadcastss ymm6, dword ptr [reloc @RWD696]
       vpand    ymm8, ymm6, ymm15
       vpsubd   ymm4, ymm4, ymm8
       vpsubd   ymm10, ymm10, ymm15
       vsubps   ymm4, ymm4, ymm13
       vbroadcastss ymm8, dword ptr [reloc @RWD700]
       vmovups  ymmword ptr [rbp-0x130], ymm8
       vbroadcastss ymm15, dword ptr [reloc @RWD704]
       vmovaps  ymm5, ymm8
       vfmadd213ps ymm5, ymm4, ymm15
       vbroadcastss ymm1, dword ptr [reloc @RWD708]
       vmovups  ymmword ptr [rbp-0x150], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD712]
       vmovups  ymmword ptr [rbp-0x170], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD716]
       vmovups  ymmword ptr [rbp-0x190], ymm1
 
G_M000_IG08:                ;; offset=0x0616
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD720]
       vmovups  ymmword ptr [rbp-0x1B0], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD724]
       vmovups  ymmword ptr [rbp-0x1D0], ymm1
       vfmadd213ps ymm5, ymm4, ymm1
       vmovups  ymmword ptr [rbp-0xF0], ymm5
       vbroadcastss ymm5, dword ptr [reloc @RWD728]
       vmovups  ymmword ptr [rbp-0x1F0], ymm5
       vmovups  ymm1, ymmword ptr [rbp-0xF0]
       vfmadd213ps ymm1, ymm4, ymm5
       vbroadcastss ymm5, dword ptr [reloc @RWD732]
       vmovups  ymmword ptr [rbp-0x210], ymm5
       vfmadd213ps ymm1, ymm4, ymm5
       vfmadd213ps ymm1, ymm4, ymm13
       vmulps   ymm1, ymm1, ymm4
       vmovups  ymmword ptr [rbp-0x110], ymm1
       vcvtdq2ps ymm4, ymm10
       vbroadcastss ymm10, dword ptr [reloc @RWD736]
       vbroadcastss ymm1, dword ptr [reloc @RWD740]
       vmovups  ymm5, ymmword ptr [rbp-0x110]
       vmovaps  ymm8, ymm4
       vfmadd213ps ymm8, ymm1, ymm5
       vfmadd231ps ymm8, ymm10, ymm4
       vbroadcastss ymm4, dword ptr [reloc @RWD744]
       vmulps   ymm5, ymm8, ymm4
       vsqrtps  ymm5, ymm5
       vmovups  ymmword ptr [rbp-0xB0], ymm5
       vmovups  ymm8, ymmword ptr [rbp-0x90]
       vpsrld   ymm8, ymm8, 8
       vpaddd   ymm8, ymm8, ymm7
       vcvtdq2ps ymm8, ymm8
       vmulps   ymm8, ymm8, ymm9
       vpsrld   ymm5, ymm8, 23
       vpaddd   ymm5, ymm5, ymm11
       vpand    ymm8, ymm12, ymm8
       vpor     ymm8, ymm8, ymm13
       vpcmpgtd ymm11, ymm8, ymm14
       vpand    ymm6, ymm6, ymm11
       vpsubd   ymm6, ymm8, ymm6
       vpsubd   ymm5, ymm5, ymm11
       vsubps   ymm6, ymm6, ymm13
       vfmadd231ps ymm15, ymm6, ymmword ptr [rbp-0x130]
       vmovups  ymm8, ymmword ptr [rbp-0x150]
       vfmadd231ps ymm8, ymm6, ymm15
       vmovups  ymm11, ymmword ptr [rbp-0x170]
       vfmadd231ps ymm11, ymm6, ymm8
       vmovups  ymm8, ymmword ptr [rbp-0x190]
       vfmadd231ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x1B0]
       vfmadd231ps ymm11, ymm6, ymm8
       vmovups  ymm8, ymmword ptr [rbp-0x1D0]
       vfmadd231ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x1F0]
       vfmadd213ps ymm8, ymm6, ymm11
       vmovups  ymm11, ymmword ptr [rbp-0x210]
       vfmadd231ps ymm11, ymm6, ymm8
       vfmadd213ps ymm11, ymm6, ymm13
       vmulps   ymm6, ymm11, ymm6
 
G_M000_IG09:                ;; offset=0x0790
       vcvtdq2ps ymm5, ymm5
       vmovaps  ymm8, ymm5
       vfmadd213ps ymm8, ymm1, ymm6
       vfmadd213ps ymm10, ymm5, ymm8
       vmulps   ymm1, ymm10, ymm4
       vsqrtps  ymm1, ymm1
       vmovups  ymmword ptr [rbp-0xD0], ymm1
       vmovups  ymm8, ymmword ptr [rbp-0x70]
       vpsrld   ymm4, ymm8, 8
       vbroadcastss ymm5, dword ptr [reloc @RWD748]
       vpaddd   ymm6, ymm5, ymm4
       vpsrld   ymm6, ymm6, 22
       vpslld   ymm8, ymm6, 22
       vpsubd   ymm4, ymm4, ymm8
       vcvtdq2ps ymm4, ymm4
       vmulps   ymm4, ymm4, ymm9
       vmulps   ymm8, ymm4, ymm4
       vbroadcastss ymm10, dword ptr [reloc @RWD752]
       vbroadcastss ymm11, dword ptr [reloc @RWD756]
       vmovaps  ymm12, ymm10
       vfmadd213ps ymm12, ymm8, ymm11
       vbroadcastss ymm14, dword ptr [reloc @RWD760]
       vfmadd213ps ymm12, ymm8, ymm14
       vbroadcastss ymm15, dword ptr [reloc @RWD764]
       vmovups  ymmword ptr [rbp-0x230], ymm15
       vfmadd213ps ymm12, ymm8, ymm15
       vbroadcastss ymm1, dword ptr [reloc @RWD768]
       vmovups  ymmword ptr [rbp-0x250], ymm1
       vfmadd213ps ymm12, ymm8, ymm1
       vfmadd213ps ymm12, ymm8, ymm13
       vbroadcastss ymm1, dword ptr [reloc @RWD772]
       vmovups  ymmword ptr [rbp-0x270], ymm1
       vbroadcastss ymm15, dword ptr [reloc @RWD776]
       vmovups  ymmword ptr [rbp-0x290], ymm15
       vfmadd231ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD780]
       vmovups  ymmword ptr [rbp-0x2B0], ymm1
       vfmadd213ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD784]
       vmovups  ymmword ptr [rbp-0x2D0], ymm1
       vfmadd213ps ymm15, ymm8, ymm1
       vbroadcastss ymm1, dword ptr [reloc @RWD788]
       vmovups  ymmword ptr [rbp-0x2F0], ymm1
       vfmadd213ps ymm8, ymm15, ymm1
       vmulps   ymm4, ymm8, ymm4
       vbroadcastss ymm8, dword ptr [reloc @RWD792]
       vmovups  ymmword ptr [rbp-0x310], ymm8
       vpand    ymm6, ymm8, ymm6
       vpand    ymm15, ymm7, ymm6
       vxorps   ymm8, ymm8, ymm8
       vpsubd   ymm8, ymm8, ymm15
       vpand    ymm15, ymm8, ymm4
       vpandn   ymm1, ymm8, ymm12
       vpor     ymm1, ymm1, ymm15
       vpand    ymm12, ymm8, ymm12
       vpandn   ymm4, ymm8, ymm4
       vpor     ymm4, ymm4, ymm12
       vpaddd   ymm8, ymm7, ymm6
       vbroadcastss ymm12, dword ptr [reloc @RWD796]
       vpand    ymm8, ymm8, ymm12
 
G_M000_IG10:                ;; offset=0x08FF
       vpslld   ymm8, ymm8, 30
       vpand    ymm6, ymm12, ymm6
       vpslld   ymm6, ymm6, 30
       vpxor    ymm1, ymm1, ymm8
       vpxor    ymm4, ymm4, ymm6
       vmovups  ymm6, ymmword ptr [rbp-0x50]
       vpsrld   ymm6, ymm6, 8
       vpaddd   ymm5, ymm5, ymm6
       vpsrld   ymm5, ymm5, 22
       vpslld   ymm8, ymm5, 22
       vpsubd   ymm6, ymm6, ymm8
       vcvtdq2ps ymm6, ymm6
       vmulps   ymm6, ymm6, ymm9
       vmulps   ymm8, ymm6, ymm6
       vfmadd231ps ymm11, ymm8, ymm10
       vfmadd231ps ymm14, ymm8, ymm11
       vmovups  ymm15, ymmword ptr [rbp-0x230]
       vfmadd231ps ymm15, ymm8, ymm14
       vmovups  ymm9, ymmword ptr [rbp-0x250]
       vfmadd231ps ymm9, ymm8, ymm15
       vfmadd231ps ymm13, ymm8, ymm9
       vmovups  ymm15, ymmword ptr [rbp-0x290]
       vfmadd231ps ymm15, ymm8, ymmword ptr [rbp-0x270]
       vmovups  ymm9, ymmword ptr [rbp-0x2B0]
       vfmadd231ps ymm9, ymm8, ymm15
       vmovups  ymm10, ymmword ptr [rbp-0x2D0]
       vfmadd231ps ymm10, ymm8, ymm9
       vfmadd213ps ymm8, ymm10, ymmword ptr [rbp-0x2F0]
       vmulps   ymm6, ymm8, ymm6
       vmovups  ymm8, ymmword ptr [rbp-0x310]
       vpand    ymm5, ymm8, ymm5
       vpand    ymm8, ymm7, ymm5
       vxorps   ymm9, ymm9, ymm9
       vpsubd   ymm8, ymm9, ymm8
       vpand    ymm9, ymm8, ymm6
       vpandn   ymm10, ymm8, ymm13
       vpor     ymm9, ymm10, ymm9
       vpand    ymm10, ymm8, ymm13
       vpandn   ymm6, ymm8, ymm6
       vpor     ymm6, ymm6, ymm10
       vpaddd   ymm7, ymm7, ymm5
       vpand    ymm7, ymm7, ymm12
       vpslld   ymm7, ymm7, 30
       vpand    ymm5, ymm12, ymm5
       vpslld   ymm5, ymm5, 30
       vpxor    ymm7, ymm9, ymm7
       vpxor    ymm5, ymm6, ymm5
       vmovups  ymm6, ymmword ptr [rbp-0xB0]
       vmulps   ymm1, ymm6, ymm1
       vmulps   ymm4, ymm6, ymm4
       vmovups  ymm6, ymmword ptr [rbp-0xD0]
       vmulps   ymm7, ymm6, ymm7
       vmulps   ymm5, ymm6, ymm5
       vunpckhps ymm6, ymm1, ymm4
       vunpcklps ymm8, ymm7, ymm5
       vunpckhps ymm7, ymm7, ymm5
       vunpcklps ymm1, ymm1, ymm4
 
G_M000_IG11:                ;; offset=0x0A27
       vunpcklpd ymm5, ymm1, ymm8
       vunpckhpd ymm1, ymm1, ymm8
       vunpcklpd ymm8, ymm6, ymm7
       vunpckhpd ymm6, ymm6, ymm7
       vperm2f128 ymm4, ymm5, ymm1, 32
       vperm2f128 ymm7, ymm8, ymm6, 32
       vperm2f128 ymm1, ymm5, ymm1, 49
       vperm2f128 ymm5, ymm8, ymm6, 49
       vfmadd213ps ymm4, ymm0, ymmword ptr [r8]
       vmovups  ymmword ptr [r8], ymm4
       vmovaps  ymm4, ymm0
       vfmadd213ps ymm4, ymm7, ymmword ptr [r8+0x20]
       vmovups  ymmword ptr [r8+0x20], ymm4
       vfmadd213ps ymm1, ymm0, ymmword ptr [r8+0x40]
       vmovups  ymmword ptr [r8+0x40], ymm1
       vfmadd213ps ymm5, ymm0, ymmword ptr [r8+0x60]
       vmovups  ymmword ptr [r8+0x60], ymm5
       inc      eax
       add      r8, 128
       cmp      eax, ecx
       vmovups  ymm1, ymmword ptr [rbp-0x30]
       jl       G_M000_IG03
 
G_M000_IG12:                ;; offset=0x0A99
       vzeroupper 
       add      rsp, 784
       pop      rbp
       ret      
 
RWD00  	dq	0000000100000000h, 0000000300000002h, 0000000500000004h, 0000000700000006h
RWD32  	dq	8000000080000000h, 8000000080000000h, 8000000080000000h, 8000000080000000h
RWD64  	dd	D2511F53h		; -2.24543e+11
RWD68  	dd	CD9E8D57h		; -3.32508e+08
RWD72  	dd	00000000h, 00000000h, 00000000h, 00000000h, 00000000h, 00000000h
RWD96  	dq	9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h, 9E3779B99E3779B9h
RWD128 	dq	BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h, BB67AE85BB67AE85h
RWD160 	dq	3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h, 3C6EF3723C6EF372h
RWD192 	dq	76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah, 76CF5D0A76CF5D0Ah
RWD224 	dq	DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh, DAA66D2BDAA66D2Bh
RWD256 	dq	32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh, 32370B8F32370B8Fh
RWD288 	dq	78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h, 78DDE6E478DDE6E4h
RWD320 	dq	ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h, ED9EBA14ED9EBA14h
RWD352 	dq	1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh, 1715609D1715609Dh
RWD384 	dq	A9066899A9066899h, A9066899A9066899h, A9066899A9066899h, A9066899A9066899h
RWD416 	dq	B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h, B54CDA56B54CDA56h
RWD448 	dq	646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh, 646E171E646E171Eh
RWD480 	dq	5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh, 5384540F5384540Fh
RWD512 	dq	1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h, 1FD5C5A31FD5C5A3h
RWD544 	dq	F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h, F1BBCDC8F1BBCDC8h
RWD576 	dq	DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h, DB3D7428DB3D7428h
RWD608 	dq	8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h, 8FF347818FF34781h
RWD640 	dq	96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh, 96A522AD96A522ADh
RWD672 	dd	00000001h		; 1.4013e-45
RWD676 	dd	33800000h		; 5.96046e-08
RWD680 	dd	FFFFFF81h		;      -nan
RWD684 	dd	007FFFFFh		; 1.17549e-38
RWD688 	dd	3F800000h		;         1
RWD692 	dd	3FB504F3h		;   1.41421
RWD696 	dd	00800000h		; 1.17549e-38
RWD700 	dd	BD9C151Dh		; -0.0762121
RWD704 	dd	3E0424F1h		;  0.129047
RWD708 	dd	BE079CE8h		; -0.132434
RWD712 	dd	3E1138CDh		;  0.141818
RWD716 	dd	BE2A1388h		;  -0.16609
RWD720 	dd	3E4CD1F6h		;   0.20002
RWD724 	dd	BE800214h		; -0.250016
RWD728 	dd	3EAAAAA8h		;  0.333333
RWD732 	dd	BEFFFFFCh		;      -0.5
RWD736 	dd	3F317180h		;  0.693138
RWD740 	dd	3717F7D1h		; 9.058e-06
RWD744 	dd	C0000000h		;        -2
RWD748 	dd	00200000h		; 2.93874e-39
RWD752 	dd	C1D368F9h		;  -26.4263
RWD756 	dd	4270FA83h		;   60.2446
RWD760 	dd	C2AAE9E4h		;  -85.4568
RWD764 	dd	4281E0F8h		;   64.9394
RWD768 	dd	C19DE9E6h		;  -19.7392
RWD772 	dd	42283C1Ah		;   42.0587
RWD776 	dd	C2996966h		;  -76.7059
RWD780 	dd	42A335E3h		;   81.6052
RWD784 	dd	C2255DE7h		;  -41.3417
RWD788 	dd	40C90FDBh		;   6.28319
RWD792 	dd	00000003h		; 4.2039e-45
RWD796 	dd	00000002h		; 2.8026e-45

; Total bytes of code 2725

