#pragma once
// Random latency-like test data for the histogram suites (tst_histogram, tst_hdrcodec).

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

enum class Distribution
{
    Uniform,
    LogNormal,
};

inline std::vector<int64_t> randomValues(Distribution distribution, unsigned seed, int count, int64_t highest)
{
    std::mt19937_64 engine(seed);
    std::vector<int64_t> values;
    values.reserve(std::size_t(count));
    std::uniform_int_distribution<int64_t> uniform(1, 10'000'000);
    // Latency-like: median 20 ms with a long right tail.
    std::lognormal_distribution<double> logNormal(std::log(20'000.0), 1.2);
    for (int i = 0; i < count; ++i) {
        const int64_t value = distribution == Distribution::Uniform ? uniform(engine) : std::llround(logNormal(engine));
        values.push_back(std::clamp<int64_t>(value, 1, highest));
    }
    return values;
}
