// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QtGlobal>

#include <compare>

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
};

using Pages = Quantity<struct PagesTag>;
using KiB = Quantity<struct KiBTag>;
using Bytes = Quantity<struct BytesTag>;

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

} // namespace oom
