/** The part of mvdan-sh's (GopherJS) API we use; the package ships no types. */
declare module 'mvdan-sh' {
  export interface Pos {
    Offset(): number;
    Line(): number;
    Col(): number;
  }
  export interface Node {
    Pos(): Pos;
    End(): Pos;
  }
  export interface WordPart extends Node {
    Value?: string;
    Parts?: WordPart[];
  }
  export interface Word extends Node {
    Parts: WordPart[];
  }
  export interface Assign extends Node {
    Name: { Value: string } | null;
  }
  export interface CallExpr extends Node {
    Assigns: Assign[];
    Args: Word[];
  }
  export interface Parser {
    Parse(src: string, name: string): Node;
  }
  export interface Syntax {
    NewParser(): Parser;
    Walk(node: Node, visit: (node: Node | null) => boolean): void;
    NodeType(node: Node): string;
  }
  const sh: { syntax: Syntax };
  export default sh;
}
