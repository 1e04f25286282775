// The LiaisonImport module; see README "Guide to the sources".
