#ifndef HELDER_CMICROHTTPD_SHIM_H
#define HELDER_CMICROHTTPD_SHIM_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <microhttpd.h>

/// `MHD_YES` and `MHD_NO` do not import as names.
static inline enum MHD_Result helder_mhd_yes(void) { return MHD_YES; }
static inline enum MHD_Result helder_mhd_no(void) { return MHD_NO; }

/// `MHD_start_daemon` is variadic: this starts a daemon with its own polling thread (epoll) and a thread pool,
/// listening on the address `host` (IPv4 dotted form, or IPv6) and `port` (0: any free port), with at most
/// `connections` connections, each closed after `timeout` idle seconds; `opened` hears of every connection that
/// opens and closes. NULL when `host` is no numeric address or the port is taken.
static inline struct MHD_Daemon *helder_mhd_start(
    const char *host, uint16_t port, unsigned int connections, unsigned int timeout, unsigned int threads,
    MHD_AccessHandlerCallback handler, void *context, MHD_RequestCompletedCallback completed,
    MHD_NotifyConnectionCallback opened) {
    /* MHD binds before it returns, so the address may live on this stack. */
    struct sockaddr_in local4;
    struct sockaddr_in6 local6;
    struct sockaddr *address;
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL;
    memset(&local4, 0, sizeof(local4));
    memset(&local6, 0, sizeof(local6));
    if (inet_pton(AF_INET, host, &local4.sin_addr) == 1) {
        local4.sin_family = AF_INET;
        local4.sin_port = htons(port);
        address = (struct sockaddr *)&local4;
    } else if (inet_pton(AF_INET6, host, &local6.sin6_addr) == 1) {
        local6.sin6_family = AF_INET6;
        local6.sin6_port = htons(port);
        address = (struct sockaddr *)&local6;
        flags |= MHD_USE_IPv6;
    } else {
        return NULL;
    }
    return MHD_start_daemon(
        flags, port, NULL, NULL, handler, context,
        MHD_OPTION_SOCK_ADDR, address,
        MHD_OPTION_CONNECTION_LIMIT, connections,
        MHD_OPTION_CONNECTION_TIMEOUT, timeout,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_NOTIFY_COMPLETED, completed, context,
        MHD_OPTION_NOTIFY_CONNECTION, opened, context,
        MHD_OPTION_END);
}

/// Whether a connection notice says the connection opened (else it closed).
static inline int helder_mhd_opened(enum MHD_ConnectionNotificationCode code) {
    return code == MHD_CONNECTION_NOTIFY_STARTED;
}

/// The port a daemon listens on (the one chosen when it was started with port 0).
static inline uint16_t helder_mhd_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info == NULL ? 0 : info->port;
}

/// A request header (`Content-Type`), or NULL.
static inline const char *helder_mhd_header(struct MHD_Connection *connection, const char *key) {
    return MHD_lookup_connection_value(connection, MHD_HEADER_KIND, key);
}

/// An argument of the request's query (`naam`), decoded, or NULL.
static inline const char *helder_mhd_argument(struct MHD_Connection *connection, const char *key) {
    return MHD_lookup_connection_value(connection, MHD_GET_ARGUMENT_KIND, key);
}

/// A response that owns a copy of `length` bytes at `data`.
static inline struct MHD_Response *helder_mhd_response(const void *data, size_t length) {
    return MHD_create_response_from_buffer(length, (void *)data, MHD_RESPMEM_MUST_COPY);
}

#endif
