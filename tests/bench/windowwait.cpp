// Starts a program on the X display and waits until it maps its first top-level
// window: the one measure of "cold start to a visible window" that treats our
// planner and ConfClerk alike. Prints how long that took, then, after a pause
// for the program to settle, its resident memory; then ends it.
//
//   windowwait [--settle MS] [--timeout MS] -- PROGRAM [ARGS...]
// prints   RESULT window_mapped <ms> ms   and   RESULT window_rss <MB> MB

#include <xcb/xcb.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

double residentMb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atof(line.c_str() + 6) / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    int settleMs = 1000;
    int timeoutMs = 30000;
    int first = 1;
    for (; first < argc; ++first) {
        if (std::strcmp(argv[first], "--settle") == 0 && first + 1 < argc)
            settleMs = std::atoi(argv[++first]);
        else if (std::strcmp(argv[first], "--timeout") == 0 && first + 1 < argc)
            timeoutMs = std::atoi(argv[++first]);
        else if (std::strcmp(argv[first], "--") == 0) {
            ++first;
            break;
        }
    }
    if (first >= argc) {
        std::fprintf(
            stderr, "usage: windowwait [--settle MS] [--timeout MS] -- PROGRAM [ARGS...]\n");
        return 2;
    }
    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(connection)) {
        std::fprintf(stderr, "windowwait: cannot open the X display\n");
        return 1;
    }
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);

    const auto launched = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[first], argv + first);
        std::perror("windowwait: exec");
        _exit(127);
    }
    pollfd fd { xcb_get_file_descriptor(connection), POLLIN, 0 };
    double mappedMs = -1;
    while (mappedMs < 0) {
        const double elapsed
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - launched)
                  .count();
        if (elapsed > timeoutMs || waitpid(pid, nullptr, WNOHANG) == pid)
            break;
        poll(&fd, 1, 50);
        while (xcb_generic_event_t *event = xcb_poll_for_event(connection)) {
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                const auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                // Menus and tooltips are override-redirect; the main window is not.
                if (!map->override_redirect && mappedMs < 0)
                    mappedMs = std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - launched)
                                   .count();
            }
            std::free(event);
        }
    }
    int status = 1;
    if (mappedMs >= 0) {
        std::printf("RESULT window_mapped %.3f ms\n", mappedMs);
        std::this_thread::sleep_for(std::chrono::milliseconds(settleMs));
        std::printf("RESULT window_rss %.3f MB\n", residentMb(pid));
        status = 0;
    } else {
        std::fprintf(stderr, "windowwait: %s mapped no window\n", argv[first]);
    }
    std::fflush(stdout);
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    xcb_disconnect(connection);
    return status;
}
