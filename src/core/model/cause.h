// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/enums.h"

#include <QList>
#include <QString>

namespace oom {

// A finding of the diagnosis: why the incident happened, with the evidence lines.
// Made by core/analysis (diagnose()); an Incident holds them, primary first.
struct Cause {
    QString id; // stable id, e.g. "memcg-limit"
    Severity severity = Severity::Info;
    QString summary; // translated sentence with the incident's own numbers
    QList<qint64> evidence; // line numbers
    QString remedy; // wizard id or empty
};

} // namespace oom
