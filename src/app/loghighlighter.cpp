// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/loghighlighter.h"

#ifdef OOMLENS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

#include <utility>

namespace {
const QString DefinitionName = QStringLiteral("Linux Kernel OOM Report");
} // namespace

#ifdef OOMLENS_HAVE_KSYNTAXHIGHLIGHTING

namespace {
KSyntaxHighlighting::Repository &repository()
{
    // The definition is found under :/oomlens/syntax (a custom search path reads
    // <dir>/syntax/*.xml). A Repository can be neither copied nor moved, so it is set up in
    // place, once. Only the GUI thread highlights (LogModel::displayRow(), from the log
    // view's polish).
    static KSyntaxHighlighting::Repository repo;
    static const bool searchPathAdded = [] {
        repo.addCustomSearchPath(QStringLiteral(":/oomlens"));
        return true;
    }();
    Q_UNUSED(searchPathAdded);
    return repo;
}
} // namespace

class LogHighlighter::Private : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit Private(bool dark)
    {
        setDefinition(repository().definitionForName(DefinitionName));
        setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme));
    }

    QList<QTextLayout::FormatRange> run(QStringView line)
    {
        m_formats.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return std::exchange(m_formats, {});
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || !format.isValid() || !format.hasTextColor(theme()))
            return;
        QTextCharFormat charFormat;
        charFormat.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            charFormat.setFontWeight(QFont::Bold);
        m_formats.append({offset, length, charFormat});
    }

private:
    QList<QTextLayout::FormatRange> m_formats;
};

bool LogHighlighter::isAvailable()
{
    return repository().definitionForName(DefinitionName).isValid();
}

LogHighlighter::LogHighlighter(bool darkTheme)
    : d(std::make_unique<Private>(darkTheme))
{
}

QList<QTextLayout::FormatRange> LogHighlighter::formats(QStringView line)
{
    return d->run(line);
}

#else

class LogHighlighter::Private
{ };

bool LogHighlighter::isAvailable()
{
    return false;
}

LogHighlighter::LogHighlighter(bool) { }

QList<QTextLayout::FormatRange> LogHighlighter::formats(QStringView)
{
    return {};
}

#endif

LogHighlighter::~LogHighlighter() = default;
