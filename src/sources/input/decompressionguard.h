// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>

namespace oom {

// Bounds on what one compressed input may expand to, against decompression bombs. The
// ratio is checked only once `ratioGraceBytes` came out: a small log of repeated lines
// compresses far better than 1000:1 and is harmless.
struct DecompressionLimits {
    qint64 maxOutputBytes = qint64(64) * 1024 * 1024 * 1024;
    double maxRatio = 1000.0;
    qint64 ratioGraceBytes = qint64(16) * 1024 * 1024;
};

class DecompressionGuard
{
    Q_DECLARE_TR_FUNCTIONS(DecompressionGuard)

public:
    explicit DecompressionGuard(DecompressionLimits limits = {})
        : m_limits(limits)
    {
    }

    // How many of `offered` more output bytes may still come out (all of them, or what is
    // left up to the size limit).
    qint64 allowance(qint64 outputSoFar, qint64 offered) const
    {
        return qMax<qint64>(0, qMin(offered, m_limits.maxOutputBytes - outputSoFar));
    }
    // The limit that `input` compressed and `output` decompressed bytes break, or empty.
    QString check(qint64 input, qint64 output) const
    {
        if (output > m_limits.maxOutputBytes)
            return sizeMessage();
        if (output >= m_limits.ratioGraceBytes
            && double(output) > m_limits.maxRatio * double(qMax<qint64>(input, 1)))
            return ratioMessage();
        return QString();
    }
    QString sizeMessage() const
    {
        return tr("decompressed size exceeds the limit of %1")
            .arg(formatBytes(m_limits.maxOutputBytes));
    }
    QString ratioMessage() const
    {
        return tr("compression ratio exceeds %1:1")
            .arg(QString::number(m_limits.maxRatio, 'g', 10));
    }
    const DecompressionLimits &limits() const { return m_limits; }

    // "64 GiB", "16 MiB", "1.5 GiB", "512 bytes".
    static QString formatBytes(qint64 bytes)
    {
        static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024)
            return tr("%n byte(s)", nullptr, int(bytes));
        double value = double(bytes);
        int unit = -1;
        while (value >= 1024.0 && unit < 3) {
            value /= 1024.0;
            ++unit;
        }
        return QString::number(value, 'g', 4) + QLatin1Char(' ') + QLatin1StringView(units[unit]);
    }

private:
    DecompressionLimits m_limits;
};

} // namespace oom
