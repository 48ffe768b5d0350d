#include "Downsample.h"

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

// Index of the bucket holding x when [from, to] is cut into `count` equal buckets.
std::size_t bucketOf(double x, double from, double to, std::size_t count)
{
    if (to <= from)
        return 0;
    const double position = (x - from) / (to - from) * double(count);
    return std::min(count - 1, std::size_t(std::max(0.0, std::floor(position))));
}

} // namespace

std::vector<QPointF> downsampleMinMax(const std::vector<QPointF> &points, int maxPoints)
{
    if (maxPoints < 2 || points.size() <= std::size_t(maxPoints))
        return points;
    const std::size_t bucketCount = std::size_t(maxPoints) / 2;
    const double from = points.front().x();
    const double to = points.back().x();
    std::vector<QPointF> out;
    out.reserve(bucketCount * 2);
    std::size_t i = 0;
    while (i < points.size()) {
        const std::size_t bucket = bucketOf(points[i].x(), from, to, bucketCount);
        std::size_t lowest = i;
        std::size_t highest = i;
        std::size_t j = i + 1;
        for (; j < points.size() && bucketOf(points[j].x(), from, to, bucketCount) == bucket; ++j) {
            if (points[j].y() < points[lowest].y())
                lowest = j;
            if (points[j].y() > points[highest].y())
                highest = j;
        }
        out.push_back(points[std::min(lowest, highest)]);
        if (lowest != highest)
            out.push_back(points[std::max(lowest, highest)]);
        i = j;
    }
    return out;
}

StackedLayers stackLayers(const std::vector<double> &x, const std::vector<std::vector<double>> &layers, int maxPoints)
{
    StackedLayers out;
    std::vector<std::vector<double>> tops;
    for (const std::vector<double> &layer : layers) {
        if (layer.size() != x.size())
            continue;
        std::vector<double> top = layer;
        if (!tops.empty()) {
            for (std::size_t i = 0; i < top.size(); ++i)
                top[i] += tops.back()[i];
        }
        tops.push_back(std::move(top));
    }
    if (maxPoints < 1 || x.size() <= std::size_t(maxPoints)) {
        out.x = x;
        out.tops = std::move(tops);
        return out;
    }
    const std::size_t bucketCount = std::size_t(maxPoints);
    const double from = x.front();
    const double to = x.back();
    out.tops.resize(tops.size());
    std::size_t i = 0;
    while (i < x.size()) {
        const std::size_t bucket = bucketOf(x[i], from, to, bucketCount);
        std::size_t end = i + 1;
        while (end < x.size() && bucketOf(x[end], from, to, bucketCount) == bucket)
            ++end;
        // The bucket is drawn where its total peaks, so a burst appears at the time it happened.
        std::size_t peak = i;
        for (std::size_t k = i; k < end && !tops.empty(); ++k) {
            if (tops.back()[k] > tops.back()[peak])
                peak = k;
        }
        out.x.push_back(x[peak]);
        for (std::size_t layer = 0; layer < tops.size(); ++layer) {
            const auto first = tops[layer].begin() + std::ptrdiff_t(i);
            out.tops[layer].push_back(*std::max_element(first, tops[layer].begin() + std::ptrdiff_t(end)));
        }
        i = end;
    }
    return out;
}

double niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        // A relative tolerance keeps 200.0000001 (floating-point noise) at 200.
        if (step * magnitude >= value * (1 - 1e-12))
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace ls
