// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "analyzecommand.h"

#include "core/analysis/diagnosis.h"
#include "core/analysis/eventanalysis.h"
#include "core/analysis/victimranking.h"
#include "sources/input/analyzer.h"
#include "core/report/jsonreport.h"
#include "core/report/markdownreport.h"
#include "core/report/textreport.h"
#include "sources/input/stdinstream.h"
#include "subcommand.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom::cli {

namespace {

const QString StdinArgument = u"-"_s;

void append(AnalyzeResult &into, AnalyzeResult &&part)
{
    into.events.append(std::move(part.events));
    into.errors.append(std::move(part.errors));
    into.inputs.append(std::move(part.inputs));
}

// The paths in the order given; runs of file paths go to analyzePaths() together (so a
// directory's rotated logs keep their order), "-" reads standard input once.
AnalyzeResult analyzeArguments(const QStringList &paths)
{
    AnalyzeResult result;
    QStringList run;
    bool stdinRead = false;
    auto flush = [&] {
        if (!run.isEmpty())
            append(result, analyzePaths(run));
        run.clear();
    };
    for (const QString &path : paths) {
        if (path != StdinArgument) {
            run.append(path);
            continue;
        }
        flush();
        if (stdinRead) {
            result.errors.append({stdinDisplayPath(),
                                  Cli::tr("standard input can be read only once")});
            continue;
        }
        stdinRead = true;
        StdinStream stream;
        append(result, analyzeByteStream(stream, stdinDisplayPath()));
    }
    flush();
    return result;
}

bool isWarning(const InputError &error)
{
    return error.severity == InputError::Severity::Warning;
}

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
                *error = Cli::tr("--what-if: \"%1\": the adjustment must be -1000 to 1000 or remove")
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

ReportContext reportContext(const AnalyzeResult &result)
{
    ReportContext context;
    context.generator = Cli::generator();
    for (const InputSummary &input : result.inputs)
        context.inputs.append({input.displayPath, input.format, input.encoding, input.bytes,
                               input.lines, input.events});
    for (const InputError &error : result.errors)
        context.errors.append({error.displayPath, error.message, isWarning(error)});
    return context;
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

    const QStringList paths = parser.positionalArguments();
    AnalyzeResult result;
    if (paths.isEmpty()) {
        QString used;
        result = analyzeLiveKernelLog(&used);
        Cli::printNotice(Cli::tr("no PATH given, reading the live system's kernel log: %1").arg(used));
    } else {
        result = analyzeArguments(paths);
    }

    bool failed = false;
    for (const InputError &error : std::as_const(result.errors)) {
        if (isWarning(error)) {
            Cli::printError(error.displayPath, Cli::tr("warning: %1").arg(error.message));
        } else {
            Cli::printError(error.displayPath, error.message);
            failed = true;
        }
    }

    diagnoseAll(result.events); // the causes, which text and Markdown show first
    // The ranking, watermarks, fragmentation and breakdown of each event, with the context
    // of the events before it.
    bool anyWhatIf = false;
    const auto analysisOf = [&](qsizetype i) {
        EventAnalysis analysis = analyzeEvent(
            result.events.at(i), sessionRankOptions(result.events, i), analysisOptions);
        anyWhatIf = anyWhatIf || analysis.whatIf.has_value();
        return analysis;
    };
    const ReportContext context = reportContext(result);
    if (formatName == u"json"_s) {
        // One event at a time, analysed as it is written: memory does not grow with the
        // JSON of a log of many incidents.
        writeReportJson(result.events, analysisOf, context, &Cli::writeStdout);
    } else {
        QList<EventAnalysis> analyses;
        analyses.reserve(result.events.size());
        for (qsizetype i = 0; i < result.events.size(); ++i)
            analyses.append(analysisOf(i));
        Cli::writeStdout(formatName == u"markdown"_s
                             ? reportToMarkdown(result.events, analyses, context)
                             : reportToText(result.events, analyses, context));
    }
    if (!analysisOptions.whatIf.isEmpty() && !anyWhatIf)
        Cli::printNotice(Cli::tr("--what-if: no kernel OOM report with a task table was found"));

    return failed ? ExitInputError : ExitOk;
}

} // namespace oom::cli
