// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "analyzecommand.h"

#include "core/analysis/eventanalysis.h"
#include "core/report/jsonreport.h"
#include "core/report/markdownreport.h"
#include "core/report/textreport.h"
#include "sources/driver/analysisdriver.h"
#include "subcommand.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom::cli {

namespace {

// "PID=ADJ[,PID=ADJ...]" with ADJ an oom_score_adj (-1000..1000) or "remove".
bool parseWhatIf(const QString &text, QList<WhatIfChange> &changes, QString *error)
{
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        bool pidOk = false;
        const qint64 pid = equals > 0 ? item.left(equals).trimmed().toLongLong(&pidOk) : 0;
        const QString value = equals > 0 ? item.mid(equals + 1).trimmed() : QString();
        if (!pidOk || pid <= 0) {
            *error = Cli::tr("--what-if: \"%1\" is not PID=ADJ or PID=remove").arg(item);
            return false;
        }
        WhatIfChange change;
        change.pid = pid;
        if (value == u"remove"_s) {
            change.kind = WhatIfChange::Kind::RemoveTask;
        } else {
            bool adjOk = false;
            const int adj = value.toInt(&adjOk);
            if (!adjOk || adj < -1000 || adj > 1000) {
                *error =
                    Cli::tr("--what-if: \"%1\": the adjustment must be -1000 to 1000 or remove")
                        .arg(item);
                return false;
            }
            change.oomScoreAdj = adj;
        }
        changes.append(change);
    }
    if (changes.isEmpty()) {
        *error = Cli::tr("--what-if needs PID=ADJ or PID=remove");
        return false;
    }
    return true;
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    const QString name = u"analyze"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Finds every OOM incident (kernel OOM kills, systemd-oomd, earlyoom and nohang "
                "kills, page allocation failures) in the given logs and explains each one."));
    parser.addOption(Cli::helpOption());
    const QCommandLineOption format({u"f"_s, u"format"_s},
                                    Cli::tr("Output format: text (default), json or markdown."),
                                    Cli::tr("format"), u"text"_s);
    parser.addOption(format);
    const QCommandLineOption whatIfOption(
        u"what-if"_s,
        Cli::tr("Rank again as if the given tasks had another oom_score_adj (-1000..1000) or were "
                "gone, and print the new ranking and predicted victim of each report with a task "
                "table. May be repeated."),
        u"PID=ADJ[,PID=ADJ|PID=remove...]"_s);
    parser.addOption(whatIfOption);
    parser.addPositionalArgument(
        u"PATH"_s,
        Cli::tr("Log files (plain or compressed), directories, archives, sosreport or "
                "supportconfig bundles, journal files or exports; \"-\" reads standard input. "
                "Without PATH: the live system's kernel log."),
        u"[PATH...]"_s);

    const QString usage = Cli::helpText(parser, name);
    if (const std::optional<int> done =
            Cli::parseArguments(parser, arguments, usage, Cli::Positional::Allowed))
        return *done;
    const QString formatName = parser.value(format);
    if (formatName != u"text"_s && formatName != u"json"_s && formatName != u"markdown"_s) {
        return Cli::usageError(
            Cli::tr("unknown format \"%1\" (use text, json or markdown)").arg(formatName), usage);
    }

    AnalysisOptions analysisOptions;
    for (const QString &value : parser.values(whatIfOption)) {
        QString error;
        if (!parseWhatIf(value, analysisOptions.whatIf, &error))
            return Cli::usageError(error, usage);
    }

    AnalysisRequest request;
    request.paths = parser.positionalArguments();
    request.liveKernelLog = request.paths.isEmpty();
    request.analysis = analysisOptions;
    QString used;
    const SessionPtr session = runAnalysis(request, nullptr, &used);
    if (request.liveKernelLog)
        Cli::printNotice(
            Cli::tr("no PATH given, reading the live system's kernel log: %1").arg(used));

    for (const InputError &error : session->errors) {
        if (error.severity == InputError::Severity::Warning)
            Cli::printError(error.displayPath, Cli::tr("warning: %1").arg(error.message));
        else
            Cli::printError(error.displayPath, error.message);
    }

    const ReportContext context = reportContext(session->inputs, session->errors, Cli::generator());
    if (formatName == u"json"_s) {
        // One incident's JSON at a time: memory does not grow with the JSON of a log of many
        // incidents.
        writeReportJson(*session, context, &Cli::writeStdout);
    } else {
        Cli::writeStdout(formatName == u"markdown"_s ? reportToMarkdown(*session, context)
                                                     : reportToText(*session, context));
    }
    const bool anyWhatIf = std::any_of(session->incidents.cbegin(), session->incidents.cend(),
                                       [](const IncidentPtr &incident) {
                                           return incident->analysis.whatIf.has_value();
                                       });
    if (!analysisOptions.whatIf.isEmpty() && !anyWhatIf)
        Cli::printNotice(Cli::tr("--what-if: no kernel OOM report with a task table was found"));

    return session->hasErrors() ? ExitInputError : ExitOk;
}

} // namespace oom::cli
