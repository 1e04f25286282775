// The LiaisonXML module; see README "Guide to the sources".
