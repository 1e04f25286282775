import LiaisonExport

/// The letter and output formats, as the front ends name them (the writers define them).
public typealias OutputFormat = LiaisonExport.OutputFormat

/// The kinds of letter (the writers define them).
public typealias LetterKind = LiaisonExport.LetterKind
