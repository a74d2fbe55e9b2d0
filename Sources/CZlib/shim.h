#ifndef HELDER_CZLIB_SHIM_H
#define HELDER_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro; this wraps it for raw deflate streams (ZIP entries).
static inline int helder_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

/// `deflateInit2` is a macro too; this wraps it for raw deflate streams at zlib's default level and memory use.
static inline int helder_deflate_init_raw(z_stream *stream) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

#endif
