// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/releaseera.h"

#include "core/analysis/eratext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace oom {

std::optional<ReleaseVersion> parseRelease(const QString &release)
{
    static const QRegularExpression pattern(u"^(\\d+)\\.(\\d+)(?:\\D|$)"_s);
    const QRegularExpressionMatch match = pattern.match(release.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    ReleaseVersion version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    if (version.major < 2 || version.major > 99 || version.minor > 99)
        return std::nullopt;
    version.encoded = version.major * 10000 + version.minor * 100;
    return version;
}

QString releaseCannotTellEra(const QString &release, const ReleaseVersion &version)
{
    static const QRegularExpression vendor(u"\\.el\\d|uek"_s);
    if (vendor.match(release).hasMatch())
        return EraText::tr(
                   "The stack dump names %1, a vendor kernel that carries backported OOM "
                   "code: its version does not tell the formula.")
            .arg(release);
    if (version.major == 3 && version.minor == 10)
        return EraText::tr(
                   "The stack dump names %1: 3.10 stable kernels took the 3.14 root bonus "
                   "(3.10.99), so the version does not tell the formula.")
            .arg(release);
    if (version.major == 5 && version.minor == 4)
        return EraText::tr(
                   "The stack dump names %1: late 5.4 stable kernels carry the 5.9 "
                   "formula (5.4.273), so the version does not tell the formula.")
            .arg(release);
    return {};
}

} // namespace oom
