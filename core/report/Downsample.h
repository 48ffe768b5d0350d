#pragma once
// Keeping charts of long runs light: a series handed to a chart has at most a fixed number of points, however
// long the run, while keeping what matters on screen (spikes and dips survive, stacked layers stay stacked).

#include <QPointF>

#include <vector>

namespace ls {

// Min/max bucketing of a series sorted by x. The x range is cut into maxPoints / 2 equal buckets; each bucket
// keeps its lowest and its highest point in their x order, so a one-second spike is still drawn after
// 10 minutes. Series of at most maxPoints points (or maxPoints < 2) come back unchanged.
std::vector<QPointF> downsampleMinMax(const std::vector<QPointF> &points, int maxPoints);

// Layers stacked on top of each other (errors by class) at shared x values.
struct StackedLayers
{
    std::vector<double> x;
    // tops[layer][i]: the sum of layers 0..layer at x[i], i.e. where that layer's band ends.
    std::vector<std::vector<double>> tops;
};

// Stacks `layers` (each of x.size() values, non-negative) and reduces them to at most maxPoints x values.
// Buckets are shared by all layers and keep each layer top's maximum, which keeps the order of the layers
// (a sum of non-negative layers can only grow) and keeps bursts visible. Layers of another length are ignored.
StackedLayers stackLayers(const std::vector<double> &x, const std::vector<std::vector<double>> &layers, int maxPoints);

// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `value`: axis ends and tick steps
// people read at a glance (0.4 -> 0.5, 180 -> 200, 2600 -> 5000). 1 for values <= 0.
double niceCeiling(double value);

} // namespace ls
