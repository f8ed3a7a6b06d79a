/* abi_test.c: the C ABI of libzo_native.so as a foreign caller sees it. Written in C and linked against the built
 * library (native/Makefile, `make -C native check`), so it checks that zo_host.h is plain C, that the library exports
 * exactly what the header declares, and that every kernel of kernels/ is registered with a findable name and an
 * argument size that launches check. When the build holds zo_philox_kat, it also runs the Philox known-answer table
 * given as argv[1] (tests/data/philox_kat.txt) through it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zo_abi.cuh"
#include "zo_host.h"

static int failures = 0;

#define CHECK(condition, ...)                                                                                          \
    do                                                                                                                 \
    {                                                                                                                  \
        if (!(condition))                                                                                              \
        {                                                                                                              \
            ++failures;                                                                                                \
            fprintf(stderr, "FAIL (%s:%d): %s: ", __FILE__, __LINE__, #condition);                                     \
            fprintf(stderr, __VA_ARGS__);                                                                              \
            fputc('\n', stderr);                                                                                       \
        }                                                                                                              \
    } while (0)

static void philox_kat(const char* table)
{
    void* handle = NULL;
    int argBytes = 0;
    if (zo_host_find_kernel("zo_philox_kat", &handle, &argBytes) != 0)
    {
        printf("skipped: Philox known answers (this build has no zo_philox_kat kernel)\n");
        return;
    }
    CHECK(argBytes == (int)sizeof(ZoPhiloxKatArgs), "zo_philox_kat takes %d bytes, ZoPhiloxKatArgs has %d", argBytes,
          (int)sizeof(ZoPhiloxKatArgs));
    FILE* file = fopen(table, "r");
    CHECK(file != NULL, "cannot open %s", table);
    if (file == NULL)
        return;
    unsigned input[64][6], expected[64][4], output[64][4];
    int count = 0;
    char line[512];
    while (fgets(line, sizeof line, file) != NULL && count < 64)
    {
        char name[32];
        int rounds = 0;
        unsigned* in = input[count];
        unsigned* out = expected[count];
        if (line[0] == '#' ||
            sscanf(line, "%31s %d %x %x %x %x %x %x %x %x %x %x", name, &rounds, &in[0], &in[1], &in[2], &in[3], &in[4],
                   &in[5], &out[0], &out[1], &out[2], &out[3]) != 12)
            continue;
        if (strcmp(name, "philox4x32") == 0 && rounds == 10)
            ++count;
    }
    fclose(file);
    CHECK(count > 0, "no philox4x32 rows with 10 rounds in %s", table);
    memset(output, 0, sizeof output);
    ZoPhiloxKatArgs args;
    memset(&args, 0, sizeof args);
    args.input = &input[0][0];
    args.output = &output[0][0];
    args.count = count;
    CHECK(zo_host_launch(handle, 1, 1, 1, 1, 1, 1, 0, &args, (int)sizeof args) == 0, "zo_philox_kat: %s",
          zo_host_last_error());
    for (int r = 0; r < count; ++r)
        CHECK(memcmp(output[r], expected[r], sizeof expected[r]) == 0,
              "row %d: %08x %08x %08x %08x, expected %08x %08x %08x %08x", r, output[r][0], output[r][1], output[r][2],
              output[r][3], expected[r][0], expected[r][1], expected[r][2], expected[r][3]);
    printf("Philox known answers: %d rows\n", count);
}

int main(int argc, char** argv)
{
    CHECK(zo_host_abi_version() == ZO_HOST_ABI_VERSION, "library ABI %d, header ABI %d", zo_host_abi_version(),
          ZO_HOST_ABI_VERSION);
    const int count = zo_host_kernel_count();
    CHECK(count >= 0, "kernel count %d", count);
    printf("%d kernel(s) in this build\n", count);
    for (int k = 0; k < count; ++k)
    {
        const char* name = zo_host_kernel_name(k);
        void* handle = NULL;
        int argBytes = 0;
        CHECK(name != NULL && strncmp(name, "zo_", 3) == 0, "kernel %d is named %s", k, name ? name : "null");
        if (name == NULL)
            continue;
        CHECK(zo_host_find_kernel(name, &handle, &argBytes) == 0 && handle != NULL && argBytes > 0, "%s: %s", name,
              zo_host_last_error());
        /* One byte short: refused before any thread runs, whatever the kernel does. */
        char args[4096] = {0};
        CHECK(zo_host_launch(handle, 1, 1, 1, 1, 1, 1, 0, args, argBytes - 1) == -1 &&
                  strstr(zo_host_last_error(), "argument size") != NULL,
              "%s with %d argument bytes: %s", name, argBytes - 1, zo_host_last_error());
        printf("  %s (%d argument bytes)\n", name, argBytes);
    }
    CHECK(zo_host_kernel_name(count) == NULL, "%s", "a name past the end");
    void* handle = NULL;
    CHECK(zo_host_find_kernel("zo_no_such_kernel", &handle, NULL) == -1 && *zo_host_last_error() != '\0',
          "%s", "an unknown name");
    CHECK(zo_host_launch(NULL, 1, 1, 1, 1, 1, 1, 0, "", 0) == -1 &&
              strstr(zo_host_last_error(), "not a kernel handle") != NULL,
          "null handle: %s", zo_host_last_error());
    if (argc > 1)
        philox_kat(argv[1]);
    printf("%s: %d failure(s)\n", failures == 0 ? "passed" : "FAILED", failures);
    return failures == 0 ? 0 : 1;
}
