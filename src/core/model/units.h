// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QtGlobal>

#include <compare>
#include <optional>

namespace oom {

// Strong unit types: the kernel prints pages, kB and bytes side by side in one report,
// and mixing them up is the classic bug of OOM report parsers. A value of one unit never
// converts implicitly into another.
template<typename Tag>
struct Quantity {
    qint64 value = 0;

    constexpr Quantity() = default;
    constexpr explicit Quantity(qint64 v)
        : value(v)
    {
    }
    constexpr auto operator<=>(const Quantity &) const = default;
    constexpr Quantity operator+(Quantity other) const { return Quantity(value + other.value); }
    constexpr Quantity operator-(Quantity other) const { return Quantity(value - other.value); }
    constexpr Quantity &operator+=(Quantity other)
    {
        value += other.value;
        return *this;
    }
    constexpr Quantity &operator-=(Quantity other)
    {
        value -= other.value;
        return *this;
    }
    // A count of something this big: "n blocks of 8 kB", "n pages of 4 kB". Multiplying two
    // quantities has no unit here and does not compile.
    constexpr Quantity operator*(qint64 count) const { return Quantity(value * count); }
    friend constexpr Quantity operator*(qint64 count, Quantity q) { return q * count; }
};

using Pages = Quantity<struct PagesTag>;
using KiB = Quantity<struct KiBTag>;
using Bytes = Quantity<struct BytesTag>;

// What a report that does not tell its page size is read with (x86, and most machines).
inline constexpr KiB AssumedPageSize = KiB(4);

constexpr KiB pagesToKiB(Pages pages, KiB pageSize)
{
    return KiB(pages.value * pageSize.value);
}

constexpr KiB bytesToKiB(Bytes bytes)
{
    return KiB(bytes.value / 1024);
}

constexpr Pages kibToPages(KiB kib, KiB pageSize)
{
    return Pages(pageSize.value > 0 ? kib.value / pageSize.value : 0);
}

constexpr Pages bytesToPages(Bytes bytes, KiB pageSize)
{
    return Pages(pageSize.value > 0 ? bytes.value / (pageSize.value * 1024) : 0);
}

// A buddy block of 2^order pages.
constexpr KiB blockSize(KiB pageSize, int order)
{
    return pageSize * (qint64(1) << order);
}

// pagesToKiB() for a count that may be unknown: unknown stays unknown.
constexpr std::optional<KiB> pagesToKiB(std::optional<Pages> pages, KiB pageSize)
{
    return pages ? std::optional<KiB>(pagesToKiB(*pages, pageSize)) : std::nullopt;
}

// Unknown counts as nothing: for sums over parts that may not all have been printed.
template<typename Tag>
constexpr Quantity<Tag> orZero(const std::optional<Quantity<Tag>> &q)
{
    return q.value_or(Quantity<Tag>());
}

// The page size two counts of one amount imply (kB over pages): a ratio, not a quantity;
// 0 when there are no pages.
constexpr double kibPerPage(KiB kib, Pages pages)
{
    return pages.value != 0 ? double(kib.value) / double(pages.value) : 0.0;
}

// A plain number (parsed from text) in the unit Q: unknown stays unknown.
template<typename Q>
constexpr std::optional<Q> quantity(std::optional<qint64> v)
{
    return v ? std::optional<Q>(Q(*v)) : std::nullopt;
}

// The plain number at a boundary (printing, JSON, QVariant): unknown stays unknown.
template<typename Tag>
constexpr std::optional<qint64> valueOf(const std::optional<Quantity<Tag>> &q)
{
    return q ? std::optional<qint64>(q->value) : std::nullopt;
}

} // namespace oom
