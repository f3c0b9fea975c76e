// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/reportinputs.h"

namespace oom {

ReportContext reportContext(const QList<InputSummary> &inputs, const QList<InputError> &errors,
                            const QString &generator)
{
    ReportContext context;
    context.generator = generator;
    for (const InputSummary &input : inputs)
        context.inputs.append({input.displayPath, input.format, input.encoding, input.bytes,
                               input.lines, input.events});
    for (const InputError &error : errors)
        context.errors.append(
            {error.displayPath, error.message, error.severity == InputError::Severity::Warning});
    return context;
}

} // namespace oom
