#include "Histogram.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

// Layout (after HdrHistogram): the counts array is split into buckets of subBucketCount slots. Bucket k holds values
// [subBucketHalfCount << k, subBucketCount << k) in steps of 2^k (times the unit 2^unitMagnitude); the lower half of
// every bucket but the first would duplicate the previous bucket, so only bucket 0 stores it. Index arithmetic is
// therefore a count-leading-zeros and two shifts: O(1) recording with a relative precision of 1 / subBucketHalfCount.

namespace ls {

namespace {

constexpr int maxSignificantDigits = 5;

// Smallest power-of-two exponent m with 2^m >= 2 * 10^digits (unit resolution up to 2 * 10^digits).
int subBucketCountMagnitudeFor(int significantDigits)
{
    int64_t largestValueWithSingleUnitResolution = 2;
    for (int i = 0; i < significantDigits; ++i)
        largestValueWithSingleUnitResolution *= 10;
    int magnitude = 0;
    while ((int64_t(1) << magnitude) < largestValueWithSingleUnitResolution)
        ++magnitude;
    return magnitude;
}

int floorLog2(int64_t positive)
{
    return 63 - std::countl_zero(static_cast<uint64_t>(positive));
}

int bucketsNeededToCover(int64_t value, int subBucketCount, int unitMagnitude)
{
    int64_t smallestUntrackableValue = int64_t(subBucketCount) << unitMagnitude;
    int bucketsNeeded = 1;
    while (smallestUntrackableValue <= value) {
        // The next shift would overflow: this bucket already reaches past INT64_MAX.
        if (smallestUntrackableValue > std::numeric_limits<int64_t>::max() / 2)
            return bucketsNeeded + 1;
        smallestUntrackableValue <<= 1;
        ++bucketsNeeded;
    }
    return bucketsNeeded;
}

// Counters never wrap: a histogram that saturates is still ordered correctly.
int64_t saturatingAdd(int64_t a, int64_t b)
{
    int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
    return sum;
}

} // namespace

QString Histogram::configurationError(int64_t lowest, int64_t highest, int significantDigits)
{
    if (significantDigits < 0 || significantDigits > maxSignificantDigits)
        return QStringLiteral("significant digits %1 outside 0..5").arg(significantDigits);
    if (lowest < 1)
        return QStringLiteral("lowest discernible value %1 is below 1").arg(lowest);
    if (floorLog2(lowest) + subBucketCountMagnitudeFor(significantDigits) > 62)
        return QStringLiteral("lowest discernible value %1 is too large for %2 significant digits")
            .arg(lowest)
            .arg(significantDigits);
    if (highest / 2 < lowest)
        return QStringLiteral("highest trackable value %1 is less than twice the lowest %2").arg(highest).arg(lowest);
    return {};
}

Histogram::Histogram(int64_t lowestDiscernibleValue, int64_t highestTrackableValue, int significantDigits)
{
    // Invalid arguments are repaired rather than rejected: a histogram must always be usable.
    m_significantDigits = std::clamp(significantDigits, 0, maxSignificantDigits);
    const int subBucketCountMagnitude = subBucketCountMagnitudeFor(m_significantDigits);
    const int64_t largestLowest = (int64_t(1) << (63 - subBucketCountMagnitude)) - 1;
    m_lowest = std::clamp<int64_t>(lowestDiscernibleValue, 1, largestLowest);
    m_highest = std::max(highestTrackableValue, 2 * m_lowest);

    m_unitMagnitude = floorLog2(m_lowest);
    m_subBucketHalfCountMagnitude = std::max(subBucketCountMagnitude, 1) - 1;
    m_subBucketCount = 1 << subBucketCountMagnitude;
    m_subBucketHalfCount = m_subBucketCount / 2;
    m_subBucketMask = (int64_t(m_subBucketCount) - 1) << m_unitMagnitude;
    m_leadingZeroCountBase = 64 - m_unitMagnitude - subBucketCountMagnitude;
    m_bucketCount = bucketsNeededToCover(m_highest, m_subBucketCount, m_unitMagnitude);
    // Allocated once; recording never grows it.
    m_counts.assign(std::size_t(m_bucketCount + 1) * std::size_t(m_subBucketHalfCount), 0);
}

int Histogram::bucketIndexFor(int64_t value) const
{
    // The mask sends every value below subBucketCount units to bucket 0.
    return m_leadingZeroCountBase - std::countl_zero(static_cast<uint64_t>(value | m_subBucketMask));
}

int Histogram::countsIndexFor(int64_t value) const
{
    const int bucketIndex = bucketIndexFor(value);
    const int subBucketIndex = int(value >> (bucketIndex + m_unitMagnitude));
    // (bucketIndex + 1) * subBucketHalfCount is where the upper half of this bucket starts.
    return ((bucketIndex + 1) << m_subBucketHalfCountMagnitude) + (subBucketIndex - m_subBucketHalfCount);
}

int64_t Histogram::valueFromIndex(int index) const
{
    int bucketIndex = (index >> m_subBucketHalfCountMagnitude) - 1;
    int subBucketIndex = (index & (m_subBucketHalfCount - 1)) + m_subBucketHalfCount;
    if (bucketIndex < 0) {
        subBucketIndex -= m_subBucketHalfCount;
        bucketIndex = 0;
    }
    return int64_t(subBucketIndex) << (bucketIndex + m_unitMagnitude);
}

int64_t Histogram::sizeOfEquivalentRange(int64_t value) const
{
    return int64_t(1) << (m_unitMagnitude + bucketIndexFor(value));
}

int64_t Histogram::lowestEquivalentValue(int64_t value) const
{
    value = std::max<int64_t>(value, 0);
    const int bucketIndex = bucketIndexFor(value);
    const int shift = bucketIndex + m_unitMagnitude;
    return (value >> shift) << shift;
}

int64_t Histogram::highestEquivalentValue(int64_t value) const
{
    value = std::max<int64_t>(value, 0);
    // Unsigned: the bucket holding INT64_MAX ends exactly at 2^63, which only the final "- 1" brings back in range.
    const uint64_t next = uint64_t(lowestEquivalentValue(value)) + uint64_t(sizeOfEquivalentRange(value));
    return int64_t(next - 1);
}

int64_t Histogram::medianEquivalentValue(int64_t value) const
{
    return lowestEquivalentValue(value) + (sizeOfEquivalentRange(value) >> 1);
}

int64_t Histogram::clampToRange(int64_t value) const
{
    if (value <= 0)
        return 0;
    return std::clamp(value, m_lowest, m_highest);
}

void Histogram::record(int64_t value, int64_t count)
{
    if (count <= 0)
        return;
    value = clampToRange(value);
    int64_t &slot = m_counts[std::size_t(countsIndexFor(value))];
    slot = saturatingAdd(slot, count);
    m_totalCount = saturatingAdd(m_totalCount, count);
    m_max = std::max(m_max, value);
    if (value != 0)
        m_minNonZero = std::min(m_minNonZero, value);
}

void Histogram::recordCorrected(int64_t value, int64_t expectedInterval, int64_t count)
{
    // Same result as HdrHistogram's loop "record value; then value - interval, value - 2 * interval, ... while
    // >= interval", each synthetic value clamped like record(). The loop can run billions of times (1 h at a 1 us
    // interval), so whole buckets of the arithmetic sequence are added at once: O(buckets), not O(value / interval).
    record(value, count);
    if (expectedInterval <= 0 || value <= 0 || count <= 0)
        return;
    const auto times = [count](int64_t n) { return n > INT64_MAX / count ? INT64_MAX : n * count; };
    int64_t missing = value - expectedInterval; // largest synthetic value; they go down while >= interval
    const int64_t aboveRangeFloor = std::max(saturatingAdd(m_highest, 1), expectedInterval);
    if (missing >= aboveRangeFloor) {
        // Synthetic values above the range all land on highest.
        const int64_t aboveRange = (missing - aboveRangeFloor) / expectedInterval + 1;
        record(m_highest, times(aboveRange));
        missing -= aboveRange * expectedInterval;
    }
    while (missing >= expectedInterval) {
        const int64_t clamped = clampToRange(missing);
        // Lowest synthetic value sharing this bucket (values below lowest are clamped into lowest's bucket).
        const int64_t bucketFloor = clamped == m_lowest ? 0 : lowestEquivalentValue(clamped);
        const int64_t sequenceFloor = std::max(bucketFloor, expectedInterval);
        const int64_t inBucket = (missing - sequenceFloor) / expectedInterval + 1;
        record(clamped, times(inBucket));
        missing -= inBucket * expectedInterval;
    }
}

Histogram Histogram::correctedForCoordinatedOmission(int64_t expectedInterval) const
{
    Histogram corrected(m_lowest, m_highest, m_significantDigits);
    for (const Bucket &bucket : buckets())
        corrected.recordCorrected(bucket.value, expectedInterval, bucket.count);
    return corrected;
}

bool Histogram::add(const Histogram &other)
{
    if (other.m_lowest != m_lowest || other.m_highest != m_highest || other.m_significantDigits != m_significantDigits)
        return false;
    const int lastIndex = other.maxRecordedIndex();
    for (int i = 0; i <= lastIndex; ++i)
        m_counts[std::size_t(i)] = saturatingAdd(m_counts[std::size_t(i)], other.m_counts[std::size_t(i)]);
    m_totalCount = saturatingAdd(m_totalCount, other.m_totalCount);
    m_max = std::max(m_max, other.m_max);
    m_minNonZero = std::min(m_minNonZero, other.m_minNonZero);
    return true;
}

void Histogram::reset()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_totalCount = 0;
    m_minNonZero = INT64_MAX;
    m_max = 0;
}

int Histogram::maxRecordedIndex() const
{
    return countsIndexFor(m_max);
}

void Histogram::rebuildSummaryFromCounts()
{
    m_totalCount = 0;
    m_minNonZero = INT64_MAX;
    m_max = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        if (m_counts[i] <= 0)
            continue;
        m_totalCount = saturatingAdd(m_totalCount, m_counts[i]);
        m_max = valueFromIndex(int(i));
        if (i != 0 && m_minNonZero == INT64_MAX)
            m_minNonZero = valueFromIndex(int(i));
    }
}

int64_t Histogram::min() const
{
    if (m_totalCount == 0 || m_counts[0] > 0 || m_minNonZero == INT64_MAX)
        return 0;
    return lowestEquivalentValue(m_minNonZero);
}

int64_t Histogram::max() const
{
    return m_max == 0 ? 0 : highestEquivalentValue(m_max);
}

double Histogram::mean() const
{
    if (m_totalCount == 0)
        return 0.0;
    double total = 0.0;
    const int lastIndex = maxRecordedIndex();
    for (int i = 0; i <= lastIndex; ++i) {
        if (const int64_t count = m_counts[std::size_t(i)]; count > 0)
            total += double(medianEquivalentValue(valueFromIndex(i))) * double(count);
    }
    return total / double(m_totalCount);
}

double Histogram::stddev() const
{
    if (m_totalCount == 0)
        return 0.0;
    const double average = mean();
    double squaredDeviations = 0.0;
    const int lastIndex = maxRecordedIndex();
    for (int i = 0; i <= lastIndex; ++i) {
        if (const int64_t count = m_counts[std::size_t(i)]; count > 0) {
            const double deviation = double(medianEquivalentValue(valueFromIndex(i))) - average;
            squaredDeviations += deviation * deviation * double(count);
        }
    }
    return std::sqrt(squaredDeviations / double(m_totalCount));
}

int64_t Histogram::valueAtPercentile(double percentile) const
{
    if (m_totalCount == 0)
        return 0;
    if (std::isnan(percentile))
        percentile = 0.0;
    // As HdrHistogram: one ulp down so that e.g. 99.9% of 1000 asks for rank 999, not 1000 (0.999 * 1000 rounds
    // up in binary), then the smallest rank covering the percentile, at least the first entry.
    const double requested =
        std::clamp(std::nextafter(percentile, -std::numeric_limits<double>::infinity()), 0.0, 100.0);
    const double fractionalRank = (requested * double(m_totalCount)) / 100.0;
    const int64_t rank = std::max<int64_t>(int64_t(std::ceil(fractionalRank)), 1);
    int64_t runningCount = 0;
    const int lastIndex = maxRecordedIndex();
    for (int i = 0; i <= lastIndex; ++i) {
        runningCount += m_counts[std::size_t(i)];
        if (runningCount >= rank) {
            const int64_t value = valueFromIndex(i);
            return percentile == 0.0 ? lowestEquivalentValue(value) : highestEquivalentValue(value);
        }
    }
    return max();
}

int64_t Histogram::countAtValue(int64_t value) const
{
    return m_counts[std::size_t(countsIndexFor(clampToRange(value)))];
}

std::size_t Histogram::memoryBytes() const
{
    return sizeof(Histogram) + m_counts.capacity() * sizeof(int64_t);
}

std::vector<Histogram::Bucket> Histogram::buckets() const
{
    std::vector<Bucket> result;
    if (m_totalCount == 0)
        return result;
    const int lastIndex = maxRecordedIndex();
    for (int i = 0; i <= lastIndex; ++i) {
        if (const int64_t count = m_counts[std::size_t(i)]; count > 0)
            result.push_back({highestEquivalentValue(valueFromIndex(i)), count});
    }
    return result;
}

bool Histogram::operator==(const Histogram &other) const
{
    return m_lowest == other.m_lowest && m_highest == other.m_highest &&
           m_significantDigits == other.m_significantDigits && m_totalCount == other.m_totalCount &&
           m_counts == other.m_counts;
}

} // namespace ls
