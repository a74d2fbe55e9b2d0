#ifndef HELDER_CZLIB_SHIM_H
#define HELDER_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro; this wraps it for raw deflate streams (ZIP entries).
static inline int helder_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
