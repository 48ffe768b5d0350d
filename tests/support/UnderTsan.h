#pragma once
// Under ThreadSanitizer, tests skip what runs Qt's own threads (the host-lookup pool, QNAM's HTTP thread): with a
// Qt that is not instrumented, TSan cannot see Qt's futex-based locks and reports their hand-overs as races.
// Load Studio's own threads synchronise through std::mutex, eventfd and std::thread::join, which TSan sees.

#if defined(__SANITIZE_THREAD__)
#define LS_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define LS_UNDER_TSAN 1
#endif
#endif

namespace ls::test {
#ifdef LS_UNDER_TSAN
constexpr bool underTsan = true;
#else
constexpr bool underTsan = false;
#endif
} // namespace ls::test
