// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/rotationorder.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

struct SplitName {
    QString family;
    RotationKey::Generation generation = RotationKey::Generation::Current;
    qint64 number = 0;
    QString date;
};

SplitName splitName(const QString &fileName)
{
    SplitName split;
    QString name = stripCompressionSuffix(fileName);

    // "messages-20240101", "messages-2024010112", "messages-2024-01-01"
    static const QRegularExpression dated(
        u"^(.+)[-_.]((?:19|20)\\d\\d-?\\d\\d-?\\d\\d(?:\\d\\d)?)$"_s);
    // "messages.4", "kern.log.1", "dmesg.0"
    static const QRegularExpression numbered(u"^(.+)\\.(\\d{1,6})$"_s);
    if (const auto m = dated.match(name); m.hasMatch()) {
        split.family = m.captured(1);
        split.generation = RotationKey::Generation::Dated;
        split.date = m.captured(2).remove(u'-');
    } else if (const auto n = numbered.match(name); n.hasMatch()) {
        split.family = n.captured(1);
        split.generation = RotationKey::Generation::Numbered;
        split.number = n.captured(2).toLongLong();
    } else if (name.endsWith(u".old"_s)) {
        split.family = name.chopped(4);
        split.generation = RotationKey::Generation::Numbered;
    } else {
        split.family = name;
    }
    return split;
}

} // namespace

QString stripCompressionSuffix(const QString &name)
{
    static const QStringList suffixes = {
        u".gz"_s, u".xz"_s, u".zst"_s, u".zstd"_s, u".bz2"_s, u".lz4"_s, u".lzma"_s, u".Z"_s,
    };
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return name.chopped(suffix.size());
    }
    return name;
}

QString logFamily(const QString &name)
{
    return splitName(name).family;
}

RotationKey rotationKey(const QString &path)
{
    RotationKey key;
    const qsizetype slash = path.lastIndexOf(u'/');
    key.directory = slash < 0 ? QString() : path.first(slash);
    const SplitName split = splitName(slash < 0 ? path : path.sliced(slash + 1));
    key.family = split.family;
    key.generation = split.generation;
    key.number = split.number;
    key.date = split.date;
    return key;
}

bool RotationKey::operator<(const RotationKey &other) const
{
    // Older first: a higher number is older, an earlier date is older.
    return std::tuple(directory, family, int(generation), -number, date) < std::tuple(
               other.directory, other.family, int(other.generation), -other.number, other.date);
}

bool rotationLess(const QString &a, const QString &b)
{
    const RotationKey ka = rotationKey(a);
    const RotationKey kb = rotationKey(b);
    if (ka < kb)
        return true;
    if (kb < ka)
        return false;
    return a < b; // messages.1 and messages.1.gz: any stable order
}

void sortOldestFirst(QStringList &paths)
{
    std::stable_sort(paths.begin(), paths.end(), rotationLess);
}

} // namespace oom
