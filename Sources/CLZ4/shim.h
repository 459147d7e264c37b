#ifndef HUIZONG_CLZ4_SHIM_H
#define HUIZONG_CLZ4_SHIM_H
// The one entry point of liblz4 into Huizong: the frame API (LZ4F_*), which writes
// standard LZ4 frames with content checksums that `lz4 -d` reads.
#include <lz4frame.h>
#include <lz4.h>
#endif
