#ifndef HUIZONG_CLZ4_SHIM_H
#define HUIZONG_CLZ4_SHIM_H
// The one entry point of liblz4 into Huizong: the frame API (LZ4F_*), which writes
// standard LZ4 frames with content checksums that `lz4 -d` reads. The static-linking
// section declares the dictionary functions (LZ4F_createCDict, …); Debian's liblz4.so
// exports them.
#define LZ4F_STATIC_LINKING_ONLY
#include <lz4frame.h>
#include <lz4.h>
#endif
