// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>

namespace oom {

// A finding of the diagnosis: why the incident happened, with the evidence lines.
// Filled by core/analysis (the diagnosis issue); the engine leaves the list empty.
struct Cause {
    QString id; // stable id, e.g. "memcg-limit"
    QString severity; // "critical", "warning", "info"
    QString summary; // translated sentence with the incident's own numbers
    QList<qint64> evidence; // line numbers
    QString remedy; // wizard id or empty
};

} // namespace oom
