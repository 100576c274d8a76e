import EngageCore
import FoundationEssentials

/// Splits a SQL script into its statements, the way the server does, so that a failing migration
/// can be reported by statement and line.
///
/// It understands what can hide a semicolon: single-quoted strings (with `''`, and backslash
/// escapes in `E'…'`), double-quoted identifiers, dollar-quoted bodies (`$$…$$`, `$fn$…$fn$`),
/// `--` comments and nested `/* */` comments. Limits: psql meta-commands (`\i`, `\set`) are not SQL
/// and are not supported; neither are `BEGIN ATOMIC … END` function bodies with inner semicolons.
public struct SQLScript: Sendable {
    /// One statement: its text from its first token to before its semicolon, and the line it starts on (1-based).
    public struct Statement: Equatable, Sendable {
        public let text: String
        public let line: Int
    }

    /// The statements, in order, comments-only fragments left out.
    public let statements: [Statement]

    /// Splits `sql` into statements.
    /// - Parameter sql: The script.
    public init(_ sql: String) {
        var scanner = Scanner(Array(sql.unicodeScalars))
        statements = scanner.statements()
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func statements() -> [Statement] {
            var result: [Statement] = []
            var start = 0
            var startLine = 1
            var hasCode = false
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == ";" {
                    if hasCode { result.append(statement(from: start, to: index, line: startLine)) }
                    advance()
                    start = index
                    startLine = line
                    hasCode = false
                    continue
                }
                let (lineBefore, indexBefore) = (line, index)
                if skipToken() && !hasCode {
                    hasCode = true
                    (startLine, start) = (lineBefore, indexBefore)
                }
            }
            if hasCode { result.append(statement(from: start, to: scalars.count, line: startLine)) }
            return result
        }

        /// Skips one token; returns whether it was code rather than white space or a comment.
        mutating func skipToken() -> Bool {
            let scalar = scalars[index]
            if scalar == "-" && peek(1) == "-" { skipLineComment(); return false }
            if scalar == "/" && peek(1) == "*" { skipBlockComment(); return false }
            if scalar.properties.isWhitespace { advance(); return false }
            if scalar == "'" {
                let escapes = index > 0 && (scalars[index - 1] == "E" || scalars[index - 1] == "e")
                skipQuoted("'", backslashEscapes: escapes)
            } else if scalar == "\"" {
                skipQuoted("\"", backslashEscapes: false)
            } else if scalar == "$", let tag = dollarTag() {
                skipDollarQuoted(tag)
            } else {
                advance()
            }
            return true
        }

        func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        mutating func advance(_ count: Int = 1) {
            for _ in 0..<count where index < scalars.count {
                if scalars[index] == "\n" { line += 1 }
                index += 1
            }
        }

        mutating func skipLineComment() {
            while index < scalars.count && scalars[index] != "\n" { advance() }
        }

        mutating func skipBlockComment() {
            var depth = 0
            repeat {
                if scalars[index] == "/" && peek(1) == "*" { depth += 1; advance(2) }
                else if scalars[index] == "*" && peek(1) == "/" { depth -= 1; advance(2) }
                else { advance() }
            } while depth > 0 && index < scalars.count
        }

        mutating func skipQuoted(_ quote: Unicode.Scalar, backslashEscapes: Bool) {
            advance()
            while index < scalars.count {
                if backslashEscapes && scalars[index] == "\\" { advance(2); continue }
                if scalars[index] == quote {
                    if peek(1) == quote { advance(2); continue }
                    advance()
                    return
                }
                advance()
            }
        }

        /// The tag of a dollar quote starting here (`$$` → "", `$body$` → "body"), or nil.
        func dollarTag() -> String? {
            var end = index + 1
            while end < scalars.count, scalars[end] != "$" {
                let scalar = scalars[end]
                guard scalar == "_" || scalar.properties.isAlphabetic || (end > index + 1 && ("0"..."9").contains(scalar))
                else { return nil }
                end += 1
            }
            guard end < scalars.count else { return nil }
            return String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        }

        mutating func skipDollarQuoted(_ tag: String) {
            let delimiter = Array("$\(tag)$".unicodeScalars)
            advance(delimiter.count)
            while index < scalars.count {
                if scalars[index] == "$", index + delimiter.count <= scalars.count,
                   Array(scalars[index..<(index + delimiter.count)]) == delimiter {
                    advance(delimiter.count)
                    return
                }
                advance()
            }
        }

        func statement(from start: Int, to end: Int, line: Int) -> Statement {
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            return Statement(text: text.trimmingWhitespace(), line: line)
        }
    }
}
